/// Reads lines until end of input or `/quit`, handing each to the context.
struct ReplLoop {
  let context: ReplContext
  let reader: any LineReading

  func run() {
    while true {
      switch reader.readLine(prompt: context.prompt.rendered(style: context.style)) {
      case .interrupted:
        context.say("^C")  // Ctrl-C: the line is dropped, a fresh prompt follows
      case .eof:
        if context.interactive { context.say("\nGoodbye.") }
        return
      case .line(let line):
        reader.remember(line)
        let action = context.writesRecords ? context.handleAsRecord(line) : context.handle(line)
        context.journalTurns()
        if action == .quit {
          if context.interactive { context.say("Goodbye.") }
          return
        }
      }
    }
  }
}

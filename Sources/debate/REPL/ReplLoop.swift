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
        if context.handle(line) == .quit {
          if context.interactive { context.say("Goodbye.") }
          return
        }
      }
    }
  }
}

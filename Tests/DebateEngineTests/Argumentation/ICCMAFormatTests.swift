import DebateEngine
import Testing

/// The ICCMA 2023 (i23) text format: written exactly, read back, bad lines located.
struct ICCMAFormatTests {
  @Test func aFrameworkIsWrittenAsAHeaderAndOneAttackPerLine() {
    let framework = ArgumentationFramework(count: 3, attacks: [Attack(0, 1), Attack(1, 2), Attack(2, 2)])
    #expect(ICCMAFormat.i23(framework) == "p af 3\n1 2\n2 3\n3 3\n")
    #expect(ICCMAFormat.i23(ArgumentationFramework()) == "p af 0\n")
  }

  @Test func namesAreCommentsThatReadingIgnores() throws {
    var framework = ArgumentationFramework()
    let a = framework.add("the essay's view\non alliance")
    let b = framework.add("an objection")
    framework.attack(a, b)
    let text = ICCMAFormat.i23(framework, names: true)
    #expect(text == "p af 2\n# 1 the essay's view on alliance\n# 2 an objection\n1 2\n")
    #expect(try ICCMAFormat.parse(text).attacks == framework.attacks)
  }

  @Test func randomFrameworksRoundTrip() throws {
    var random = SplitMix64(seed: 23)
    for _ in 0..<200 {
      let framework = RandomFrameworks.next(&random, maxArguments: 20)
      let back = try ICCMAFormat.parse(ICCMAFormat.i23(framework))
      #expect(back.count == framework.count)
      #expect(back.attacks == framework.attacks)
    }
  }

  @Test(arguments: [
    ("1 2\n", 1, "expected 'p af N' first"),
    ("p af 2\n1 3\n", 2, "argument out of range 1…2"),
    ("p af 2\n1\n", 2, "expected an attack 'i j'"),
    ("# only a comment\n", 1, "missing 'p af N' header"),
  ])
  func badTextIsRejectedWithItsLine(text: String, line: Int, message: String) {
    let error = #expect(throws: ICCMAFormatError.self) { try ICCMAFormat.parse(text) }
    #expect(error?.line == line)
    #expect(error?.message.hasPrefix(message) == true, "\(String(describing: error))")
  }
}

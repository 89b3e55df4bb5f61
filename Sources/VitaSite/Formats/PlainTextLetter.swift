import Foundation
import VitaCore

/// A cover letter as plain text, to paste into an application form or an e-mail.
public enum PlainTextLetter {
  public static func render(_ letter: CoverLetter, markdown: Markdown) -> String {
    var blocks: [String] = [letter.sender.joined(separator: "\n")]
    if let date = letter.placeAndDate { blocks.append(date) }
    if letter.language == .id {
      // Perihal and Lampiran stand above Kepada Yth. in an Indonesian letter.
      var heading = ["\(letter.subject.label) \(letter.subject.text)"]
      if let attachments = letter.attachments {
        heading.append([attachments.label, attachments.text].compactMap { $0 }.joined(separator: " "))
      }
      blocks.append(heading.joined(separator: "\n"))
      blocks.append(letter.recipient.joined(separator: "\n"))
    } else {
      blocks.append(letter.recipient.joined(separator: "\n"))
      blocks.append("\(letter.subject.label) \(letter.subject.text)")
    }
    if let own = letter.ownText {
      blocks.append(own.trimmingCharacters(in: .whitespacesAndNewlines))
    } else {
      blocks.append(letter.salutation)
      if let introduction = letter.introduction {
        blocks.append(
          ([introduction.lead] + introduction.fields.map { "\($0.label): \($0.value)" }).joined(separator: "\n"))
      }
      blocks.append(letter.opening)
      blocks += letter.paragraphs.map { markdown.plainText($0.markdown) }
      blocks.append(letter.closing)
      blocks.append(letter.signoff + "\n\n\n" + letter.signature)
      if letter.language == .en, let attachments = letter.attachments { blocks.append(attachments.text) }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }
}

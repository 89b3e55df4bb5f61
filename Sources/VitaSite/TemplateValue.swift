/// View models turned into plain dictionaries and arrays once, before rendering.
///
/// swift-mustache looks each `{{name}}` up with reflection, scanning every field of every object on
/// the context stack; on a site with a thousand experiences that was most of the build's time. A
/// dictionary answers the same lookups in constant time. Nil fields are left out, which is what the
/// reflecting lookup did too (it climbs to the enclosing context).
enum TemplateValue {
  static func flatten(_ value: Any) -> Any? {
    switch value {
    case let text as String: return text
    case let flag as Bool: return flag
    case let number as Int: return number
    case let number as Double: return number
    case let texts as [String]: return texts
    default: break
    }
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      return mirror.children.first.flatMap { flatten($0.value) }
    case .collection, .set:
      return mirror.children.compactMap { flatten($0.value) }
    case .struct, .class:
      var fields: [String: Any] = [:]
      fields.reserveCapacity(Int(mirror.children.count))
      for child in mirror.children {
        if let label = child.label, let flattened = flatten(child.value) { fields[label] = flattened }
      }
      return fields
    default:
      return value
    }
  }
}

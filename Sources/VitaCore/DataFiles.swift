/// The data files under `data/` (data/README.md), compiled into Vita by the EmbedData plugin.
public enum DataFiles {
  /// A table of `key<TAB>text` lines as a dictionary; comments and blank lines left out. Empty for
  /// a file that is not there.
  public static func keyed(_ name: String) -> [String: String] {
    var table: [String: String] = [:]
    for (_, fields) in TailoringData.rows(BuiltInData.files[name] ?? "") where fields.count == 2 {
      table[fields[0]] = fields[1]
    }
    return table
  }

  /// Whether `name` is one of the data files.
  public static func contains(_ name: String) -> Bool { BuiltInData.files[name] != nil }
}

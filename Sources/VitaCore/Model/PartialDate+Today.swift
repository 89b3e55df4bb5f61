extension PartialDate {
  /// True when this date lies after `today`, compared at this date's own precision:
  /// `2026-12` is after `2026-11-29`, `2026` is not.
  public func isAfter(_ today: PartialDate) -> Bool {
    let known = PartialDate(
      year: today.year, month: month == nil ? nil : today.month, day: day == nil ? nil : today.day)
    return self > known
  }
}

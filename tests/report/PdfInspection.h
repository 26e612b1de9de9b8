#pragma once

#include <QString>

#include <optional>

namespace toward::test {

// What poppler's tools read from a PDF; nullopt when the tool is not installed.
std::optional<int> pdfPageCount(const QString &path);
// The text of the pages `first` to `last` (0: to the end), every run of white space as one space.
std::optional<QString> pdfText(const QString &path, int first = 1, int last = 0);

} // namespace toward::test

#pragma once

#include <QString>

namespace toward::test {

// What poppler's tools read from a PDF. The test fails when they are not installed (the test
// command installs poppler-utils), so a PDF is never passed unread.
int pdfPageCount(const QString &path);
// The text of the pages `first` to `last` (0: to the end), every run of white space as one space.
QString pdfText(const QString &path, int first = 1, int last = 0);

} // namespace toward::test

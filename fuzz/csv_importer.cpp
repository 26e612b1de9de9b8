// Fuzzes JournalCsvImporter: any file gives check-ins or problems, never both, and the check-ins
// of a file it accepts must survive the CSV columns and the journal unchanged.

#include "journal/CheckInCsvRow.h"
#include "journal/JournalCsvImporter.h"
#include "journal/JournalStore.h"
#include "model/PracticeModel.h"

#include <QBuffer>
#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <memory>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

// Fsyncs on tmpfs cost nothing; on a disk each import would take milliseconds.
QTemporaryDir &journalFolder()
{
    const QDir shm(u"/dev/shm"_s);
    static QTemporaryDir folder(
        (shm.exists() ? shm.path() : QDir::tempPath()) + u"/toward-fuzz-XXXXXX"_s);
    return folder;
}

// One journal for the whole run, emptied after each input: creating one per input is slow.
// Opened before it is kept, so that it is closed before QtSql's own statics go at exit.
JournalStore &journal()
{
    static const std::unique_ptr<JournalStore> store = [] {
        JournalStore::OpenResult opened =
            JournalStore::open(journalFolder().filePath(u"journal.sqlite"_s));
        if (!opened.store)
            qFatal("cannot create a journal: %s", qPrintable(opened.problem.message));
        return std::move(opened.store);
    }();
    return *store;
}

void checkColumns(const CheckIn &checkIn)
{
    const CheckInCsvRow::Parsed again = CheckInCsvRow::parse(CheckInCsvRow::fieldsOf(checkIn));
    if (!again.problems.isEmpty())
        qFatal("an imported check-in's own columns are refused: %s",
            qPrintable(again.problems.constFirst().message));
    if (!(again.checkIn == checkIn))
        qFatal("an imported check-in changes through its own columns");
}

void checkImport(const QByteArray &bytes, const QList<CheckIn> &checkIns)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // A model that knows no id, so that every name stays as the file gave it.
    static const PracticeModel noModel {};
    const JournalCsvImport import = JournalCsvImporter::importFrom(journal(), buffer, noModel);
    if (!import.ok())
        qFatal("the journal refuses a file that was read without problems: %s",
            qPrintable(import.problems.constFirst().toString()));
    if (import.added != checkIns.size())
        qFatal("an empty journal took %d of %d check-ins", import.added, int(checkIns.size()));
    for (const CheckIn &checkIn : checkIns) {
        const Result<std::optional<CheckIn>> stored = journal().find(checkIn.id);
        if (!stored.ok())
            qFatal("cannot read a check-in back: %s", qPrintable(stored.error()));
        if (stored.value() != checkIn)
            qFatal("a check-in changes through the journal");
        if (const Result<void> removed = journal().remove(checkIn.id); !removed.ok())
            qFatal("cannot empty the journal again: %s", qPrintable(removed.error()));
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // As in the command line import; never deleted, as libFuzzer ends with exit().
    new QCoreApplication(*argc, *argv);
    journal();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const JournalCsvContents contents = JournalCsvImporter::read(buffer);
    if (!contents.ok()) {
        if (!contents.checkIns.isEmpty())
            qFatal("a file with problems still gave check-ins");
        return 0;
    }
    for (const CheckIn &checkIn : contents.checkIns)
        checkColumns(checkIn);
    // The journal is slow next to the rest: only files that can be imported go that far.
    if (!contents.checkIns.isEmpty())
        checkImport(bytes, contents.checkIns);
    return 0;
}

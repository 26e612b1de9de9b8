#include "breath/BreathPatternsDialog.h"

#include "breath/BreathPatternEditor.h"
#include "breath/CustomPatternId.h"
#include "practice/PracticeWording.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace toward {

namespace {

BreathPattern newPattern()
{
    using namespace std::chrono_literals;
    BreathPattern pattern;
    pattern.inhale = 4s;
    pattern.exhale = 6s;
    return pattern;
}

} // namespace

BreathPatternsDialog::BreathPatternsDialog(QList<BreathPattern> patterns,
    QStringList modelPatternIds, CustomBreathPatternStore store, QWidget *parent)
    : QDialog(parent)
    , m_patterns(std::move(patterns))
    , m_modelPatternIds(std::move(modelPatternIds))
    , m_store(std::move(store))
    , m_list(new QListWidget(this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    setWindowTitle(tr("Breath patterns"));
    setObjectName(u"breathPatternsDialog"_s);
    m_list->setObjectName(u"patternList"_s);
    m_edit->setObjectName(u"editPatternButton"_s);
    m_delete->setObjectName(u"deletePatternButton"_s);
    auto *create = new QPushButton(tr("&New…"), this);
    create->setObjectName(u"newPatternButton"_s);
    auto *intro =
        new QLabel(tr("Your own breath patterns, offered after the model's. They are kept in %1.")
                       .arg(m_store.filePath()),
            this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(close);

    connect(create, &QPushButton::clicked, this, &BreathPatternsDialog::createPattern);
    connect(m_edit, &QPushButton::clicked, this, &BreathPatternsDialog::editPattern);
    connect(m_delete, &QPushButton::clicked, this, &BreathPatternsDialog::deletePattern);
    connect(m_list, &QListWidget::itemActivated, this, &BreathPatternsDialog::editPattern);
    connect(m_list, &QListWidget::currentRowChanged, this, &BreathPatternsDialog::showButtonStates);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showPatterns(0);
}

void BreathPatternsDialog::createPattern()
{
    openEditor(newPattern());
}

void BreathPatternsDialog::editPattern()
{
    if (const int row = m_list->currentRow(); row >= 0)
        openEditor(m_patterns.at(row));
}

void BreathPatternsDialog::openEditor(const BreathPattern &pattern)
{
    auto *editor = new BreathPatternEditor(pattern, this);
    editor->setObjectName(u"breathPatternEditor"_s);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] { keep(editor->pattern()); });
    editor->open();
}

void BreathPatternsDialog::keep(const BreathPattern &edited)
{
    QList<BreathPattern> patterns = m_patterns;
    // A new pattern has no id yet; an edited one keeps its own.
    const auto same = std::find_if(patterns.begin(), patterns.end(),
        [&edited](const BreathPattern &own) { return own.id == edited.id; });
    const qsizetype row = same - patterns.begin();
    if (same != patterns.end()) {
        *same = edited;
    } else {
        QStringList taken = m_modelPatternIds;
        for (const BreathPattern &own : patterns)
            taken.append(own.id);
        BreathPattern created = edited;
        created.id = newCustomPatternId(created.name, taken);
        patterns.append(created);
    }
    if (save(patterns))
        showPatterns(int(row));
}

void BreathPatternsDialog::deletePattern()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    auto *question = new QMessageBox(QMessageBox::Question, tr("Delete breath pattern"),
        tr("Delete “%1”? Check-ins made with it keep its name.").arg(m_patterns.at(row).name),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    question->setObjectName(u"deletePatternQuestion"_s);
    question->setDefaultButton(QMessageBox::Yes);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, question, id = m_patterns.at(row).id] {
        if (question->clickedButton() != question->button(QMessageBox::Yes))
            return;
        QList<BreathPattern> patterns = m_patterns;
        patterns.removeIf([&id](const BreathPattern &pattern) { return pattern.id == id; });
        if (save(patterns))
            showPatterns(m_list->currentRow());
    });
    question->open();
}

bool BreathPatternsDialog::save(const QList<BreathPattern> &patterns)
{
    if (const Result<void> saved = m_store.save(patterns); !saved.ok()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Breath patterns"), saved.error(), QMessageBox::Close, this);
        box->setObjectName(u"patternSaveProblemBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_patterns = patterns;
    emit patternsChanged(m_patterns);
    return true;
}

void BreathPatternsDialog::showPatterns(int currentRow)
{
    m_list->clear();
    for (const BreathPattern &pattern : m_patterns)
        m_list->addItem(PracticeWording::breathPattern(pattern));
    if (!m_patterns.isEmpty())
        m_list->setCurrentRow(qBound(0, currentRow, int(m_patterns.size()) - 1));
    showButtonStates();
}

void BreathPatternsDialog::showButtonStates()
{
    const bool chosen = m_list->currentRow() >= 0;
    m_edit->setEnabled(chosen);
    m_delete->setEnabled(chosen);
}

} // namespace toward

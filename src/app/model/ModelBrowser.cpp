#include "model/ModelBrowser.h"

#include "model/CueFilterProxyModel.h"
#include "model/CueTableModel.h"
#include "style/AppStyle.h"
#include "ui_ModelBrowser.h"

#include <QHeaderView>
#include <QLocale>

namespace toward {

namespace {

constexpr int AllRegionsRow = 0;

template<typename Enum>
void fillChoices(QComboBox *combo, const QString &anyLabel)
{
    combo->addItem(anyLabel);
    for (const Enum value : allValues<Enum>())
        combo->addItem(labelOf(value), static_cast<int>(value));
}

template<typename Enum>
std::optional<Enum> chosenValue(const QComboBox *combo)
{
    const QVariant data = combo->currentData();
    if (!data.isValid())
        return std::nullopt;
    return static_cast<Enum>(data.toInt());
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString bendDescription(CurveKind kind)
{
    switch (kind) {
    case CurveKind::Lordosis:
        return ModelBrowser::tr("curves inward, toward the front of the body");
    case CurveKind::Kyphosis:
        return ModelBrowser::tr("curves outward, toward the back");
    }
    Q_UNREACHABLE();
    return {};
}

QString degreesText(const DegreeRange &degrees)
{
    const QLocale locale;
    if (degrees.min == degrees.max)
        return ModelBrowser::tr("about %1°").arg(locale.toString(degrees.min));
    return ModelBrowser::tr("about %1–%2°")
        .arg(locale.toString(degrees.min), locale.toString(degrees.max));
}

QString curveHtml(const std::optional<Curve> &curve)
{
    if (!curve)
        return QStringLiteral("<p>") + ModelBrowser::tr("Not part of the spine's curves.")
            + QStringLiteral("</p>");
    QString html = QStringLiteral("<p><b>") + escaped(labelOf(curve->kind))
        + QStringLiteral("</b>: ") + bendDescription(curve->kind);
    if (curve->typicalDegrees)
        html += QStringLiteral(", ") + degreesText(*curve->typicalDegrees);
    html += QStringLiteral(".</p>");
    if (!curve->summary.isEmpty())
        html += QStringLiteral("<p>") + escaped(curve->summary) + QStringLiteral("</p>");
    return html;
}

QString regionHtml(const Region &region)
{
    QString html = QStringLiteral("<h2>") + escaped(region.name) + QStringLiteral("</h2>");
    if (!region.span.isEmpty())
        html += QStringLiteral("<p>") + escaped(region.span) + QStringLiteral("</p>");
    html += curveHtml(region.curve);
    if (!region.away.isEmpty()) {
        html += QStringLiteral("<h3>") + ModelBrowser::tr("Moving away from it")
            + QStringLiteral("</h3>");
        for (const AwayPattern &away : region.away) {
            html += QStringLiteral("<p><b>") + escaped(away.title) + QStringLiteral("</b><br>")
                + escaped(away.text);
            if (!away.causes.isEmpty())
                html += QStringLiteral("<br><i>") + ModelBrowser::tr("Often from:")
                    + QStringLiteral("</i> ") + escaped(away.causes.join(QStringLiteral("; ")));
            html += QStringLiteral("</p>");
        }
    }
    return html;
}

QString cueCountText(qsizetype count)
{
    return ModelBrowser::tr("%n cue(s)", nullptr, int(count));
}

QString allRegionsHtml(const PracticeModel &model)
{
    QString html = QStringLiteral("<h2>") + ModelBrowser::tr("All regions")
        + QStringLiteral("</h2><p>")
        + ModelBrowser::tr("From head to tail. Choose a region to see its natural shape and the "
                           "ways it is pulled away from it.")
        + QStringLiteral("</p><ul>");
    for (const Region &region : model.regions) {
        html += QStringLiteral("<li><b>") + escaped(region.name) + QStringLiteral("</b>");
        if (!region.span.isEmpty())
            html += QStringLiteral(" (") + escaped(region.span) + QStringLiteral(")");
        html += QStringLiteral(": ");
        if (region.curve)
            html += escaped(labelOf(region.curve->kind)) + QStringLiteral(", ")
                + bendDescription(region.curve->kind);
        else
            html += ModelBrowser::tr("not part of the spine's curves");
        html += QStringLiteral(" · ") + cueCountText(region.cues.size()) + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

QString cueHtml(const Region &region, const Cue &cue)
{
    QString html = QStringLiteral("<h3>") + escaped(cue.title) + QStringLiteral("</h3><p>")
        + escaped(cue.text) + QStringLiteral("</p>");
    const auto field = [](const QString &name, const QString &value) -> QString {
        return QStringLiteral("<b>") + name + QStringLiteral("</b> ") + escaped(value);
    };
    QStringList fields {field(ModelBrowser::tr("Region:"), region.name),
        field(ModelBrowser::tr("Need:"), labelOf(cue.need)),
        field(ModelBrowser::tr("Mode:"), labelOf(cue.mode)),
        field(ModelBrowser::tr("Where:"), contextLabels(cue.contexts).join(QStringLiteral(", "))),
        field(ModelBrowser::tr("Breaths:"),
            ModelBrowser::tr("%1, %2").arg(
                QLocale().toString(cue.breaths), labelOf(cue.breath).toLower()))};
    QStringList countered;
    for (const QString &awayId : cue.counters) {
        if (const AwayPattern *away = region.findAwayPattern(awayId))
            countered.append(away->title);
    }
    if (!countered.isEmpty())
        fields.append(
            field(ModelBrowser::tr("Works against:"), countered.join(QStringLiteral("; "))));
    return html + QStringLiteral("<p>") + fields.join(QStringLiteral("<br>"))
        + QStringLiteral("</p>");
}

} // namespace

ModelBrowser::ModelBrowser(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ModelBrowser>())
    , m_cues(new CueTableModel(this))
    , m_visibleCues(new CueFilterProxyModel(m_cues, this))
{
    m_ui->setupUi(this);

    AppStyle::setTextRole(m_ui->modelNameLabel, TextRole::Title);

    fillChoices<Need>(m_ui->needCombo, tr("Any need"));
    fillChoices<Mode>(m_ui->modeCombo, tr("Any mode"));
    fillChoices<Context>(m_ui->contextCombo, tr("Anywhere"));

    m_ui->cueTable->setModel(m_visibleCues);
    QHeaderView *header = m_ui->cueTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CueTableModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CueTableModel::ContextsColumn, QHeaderView::Interactive);
    // Unsorted shows the file's own order (head to tail); a header click sorts, a third unsorts.
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui->cueTable->setSortingEnabled(true);

    m_ui->browserSplitter->setStretchFactor(0, 2);
    m_ui->browserSplitter->setStretchFactor(1, 3);
    m_ui->regionSplitter->setStretchFactor(0, 1);
    m_ui->regionSplitter->setStretchFactor(1, 4);
    m_ui->cueSplitter->setStretchFactor(0, 3);
    m_ui->cueSplitter->setStretchFactor(1, 2);
    // Starting sizes in text units, so they hold at any font size or screen density.
    const int charWidth = fontMetrics().averageCharWidth();
    m_ui->regionSplitter->setSizes({20 * charWidth, 80 * charWidth});
    m_ui->cueSplitter->setSizes({75 * charWidth, 40 * charWidth});
    header->resizeSection(CueTableModel::ContextsColumn, 18 * charWidth);
    m_ui->cueTable->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() * 8 / 5);

    connect(
        m_ui->regionList, &QListWidget::currentRowChanged, this, &ModelBrowser::showChosenRegion);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &ModelBrowser::applyFilter);
    for (QComboBox *combo : {m_ui->needCombo, m_ui->modeCombo, m_ui->contextCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ModelBrowser::applyFilter);
    connect(m_ui->cueTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ModelBrowser::showCue);

    showCue({});
}

ModelBrowser::~ModelBrowser() = default;

void ModelBrowser::setModel(const PracticeModel &model)
{
    m_model = std::make_shared<const PracticeModel>(model);
    m_cues->setPracticeModel(m_model);

    m_ui->modelNameLabel->setText(model.name);
    m_ui->modelVersionLabel->setText(tr("Version %1").arg(model.version));
    m_ui->modelVersionLabel->setVisible(!model.version.isEmpty());
    m_ui->modelDescriptionLabel->setText(model.description);
    m_ui->modelDescriptionLabel->setVisible(!model.description.isEmpty());

    const QSignalBlocker blocker(m_ui->regionList);
    m_ui->regionList->clear();
    m_ui->regionList->addItem(tr("All regions"));
    for (const Region &region : model.regions) {
        auto *item = new QListWidgetItem(region.name, m_ui->regionList);
        item->setToolTip(region.span);
    }
    m_ui->regionList->setCurrentRow(AllRegionsRow);
    showChosenRegion();
    showCue({}); // a reset clears the current cue without a signal
}

void ModelBrowser::showChosenRegion()
{
    const int row = m_ui->regionList->currentRow();
    if (row < 0)
        m_ui->regionView->clear();
    else if (row == AllRegionsRow)
        m_ui->regionView->setHtml(allRegionsHtml(*m_model));
    else
        m_ui->regionView->setHtml(regionHtml(m_model->regions[row - 1]));
    applyFilter();
}

void ModelBrowser::applyFilter()
{
    CueFilter filter;
    const int regionRow = m_ui->regionList->currentRow();
    if (regionRow > AllRegionsRow)
        filter.regionId = m_model->regions[regionRow - 1].id;
    filter.need = chosenValue<Need>(m_ui->needCombo);
    filter.mode = chosenValue<Mode>(m_ui->modeCombo);
    filter.context = chosenValue<Context>(m_ui->contextCombo);
    filter.searchText = m_ui->searchEdit->text();
    m_visibleCues->setFilter(filter);
    updateCueCount();
}

void ModelBrowser::showCue(const QModelIndex &visibleIndex)
{
    if (!visibleIndex.isValid()) {
        m_ui->cueDetailView->setHtml(QStringLiteral("<p>") + tr("Choose a cue to see how to do it.")
            + QStringLiteral("</p>"));
        return;
    }
    // The described cue is always the highlighted one, also when the keyboard or a filter moved it.
    m_ui->cueTable->selectionModel()->select(
        visibleIndex, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int row = m_visibleCues->mapToSource(visibleIndex).row();
    m_ui->cueDetailView->setHtml(cueHtml(m_cues->regionAt(row), m_cues->cueAt(row)));
}

void ModelBrowser::updateCueCount()
{
    m_ui->cueCountLabel->setText(
        tr("%1 of %2 cues").arg(m_visibleCues->rowCount()).arg(m_cues->rowCount()));
}

} // namespace toward

#include "journal/WhatHelpsView.h"

#include "journal/WhatHelpsForestPlot.h"
#include "journal/WhatHelpsTableModel.h"
#include "whathelps/WhatHelps.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace toward;

namespace {

HelpEstimate estimate(const QString &title, int uses, int days,
    std::optional<EffectInterval> effect, int meaningful = 0)
{
    HelpEstimate made;
    made.id = title.toLower().replace(u' ', u'-');
    made.title = title;
    made.evidence = {uses, days, effect};
    made.verdict = made.evidence.verdict();
    made.meaningful = meaningful;
    return made;
}

// Two practices and four cues, one of each verdict, sorted as whatHelps() sorts them.
WhatHelps someOfEach()
{
    WhatHelps helps;
    helps.checkIns = 48;
    helps.rated = 40;
    helps.meaningful = 10;
    helps.practices = {estimate(u"Desk reset"_s, 20, 9, EffectInterval {-1.2, -2.0, -0.4}, 8),
        estimate(u"Driving reset"_s, 3, 2, std::nullopt)};
    HelpEstimate chin = estimate(u"Small chin nod"_s, 12, 6, EffectInterval {-0.1, -0.6, 0.4}, 3);
    chin.alwaysWith = {u"Long neck"_s};
    helps.cues = {chin, estimate(u"Soft jaw"_s, 15, 7, EffectInterval {0.2, -1.3, 1.4}, 4),
        estimate(u"Sitting bones back"_s, 9, 4, EffectInterval {0.9, 0.3, 1.6}, 1),
        estimate(u"Shoulder blades settle"_s, 4, 2, EffectInterval {-2.5, -5.1, 0.1})};
    return helps;
}

QStringList rowOf(const QAbstractItemModel &model, int row)
{
    QStringList cells;
    for (int column = 0; column < model.columnCount(); ++column)
        cells.append(model.index(row, column).data().toString());
    return cells;
}

QString explanationOf(const WhatHelpsView &view)
{
    const auto *label = view.findChild<QLabel *>(u"explanationLabel"_s);
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("The what-helps table lists practices then cues as given, in words", "[whathelps]")
{
    WhatHelpsView view;
    view.setWhatHelps(someOfEach());
    const auto *table = view.findChild<QTableView *>(u"helpsTable"_s);
    REQUIRE(table);
    const QAbstractItemModel &model = *table->model();
    REQUIRE(model.rowCount() == 6);
    const QChar minus(0x2212);
    CHECK(rowOf(model, 0)
        == QStringList {u"Desk reset"_s, u"Practice"_s, u"helps more than your usual"_s,
            u"%1%2 points (%1%3 to %1%4)"_s.arg(minus).arg(u"1.2"_s, u"2.0"_s, u"0.4"_s), u"20"_s,
            u"9"_s, u"40% (your overall 25%)"_s, QString()});
    CHECK(rowOf(model, 1)
        == QStringList {u"Driving reset"_s, u"Practice"_s, u"not enough data yet"_s,
            u"no estimate yet"_s, u"3"_s, u"2"_s, u"0% (your overall 25%)"_s,
            u"used 3 times; 5 are needed"_s});
    const QStringList cues {
        u"Small chin nod"_s, u"Soft jaw"_s, u"Sitting bones back"_s, u"Shoulder blades settle"_s};
    const QStringList verdicts {u"about the same as your usual"_s, u"no clear difference"_s,
        u"helps less than your usual"_s, u"not enough data yet"_s};
    for (int i = 0; i < cues.size(); ++i) {
        INFO(i);
        CHECK(model.index(2 + i, WhatHelpsTableModel::NameColumn).data() == cues[i]);
        CHECK(model.index(2 + i, WhatHelpsTableModel::KindColumn).data() == u"Cue"_s);
        CHECK(model.index(2 + i, WhatHelpsTableModel::VerdictColumn).data() == verdicts[i]);
    }
    // A screen reader hears no minus signs, and why two cues share one estimate.
    CHECK(model.index(0, WhatHelpsTableModel::EffectColumn).data(Qt::AccessibleTextRole)
        == u"1.2 less points of pain after, from 2.0 less to 0.4 less, compared with your usual"_s);
    CHECK(model.index(2, WhatHelpsTableModel::NameColumn)
              .data(Qt::ToolTipRole)
              .toString()
              .contains(u"Long neck"_s));
    CHECK_FALSE(table->accessibleName().isEmpty());
    CHECK(table->focusPolicy() & Qt::TabFocus);

    const QString explanation = explanationOf(view);
    CHECK(explanation.startsWith(u"From 48 check-ins, 40 with pain rated after."_s));
    CHECK(explanation.contains(u"your check-ins that started with the same pain"_s));
    CHECK(explanation.contains(u"not proof and not medical advice"_s));
    CHECK_FALSE(explanation.contains(u"Not enough data yet"_s));
}

TEST_CASE("The table is read row by row with the keyboard", "[whathelps]")
{
    WhatHelpsView view;
    view.setWhatHelps(someOfEach());
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    auto *table = view.findChild<QTableView *>(u"helpsTable"_s);
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Down);
    QTest::keyClick(table, Qt::Key_Down);
    CHECK(table->currentIndex().data() == u"Small chin nod"_s);
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    CHECK(table->currentIndex().row() == 5);
}

TEST_CASE("With nothing to compare yet, the view says what is needed", "[whathelps]")
{
    WhatHelpsView view;
    WhatHelps few;
    few.checkIns = 3;
    few.rated = 2;
    few.cues = {estimate(u"Soft jaw"_s, 2, 1, std::nullopt)};
    view.setWhatHelps(few);
    const QString explanation = explanationOf(view);
    CHECK(explanation.startsWith(u"From 3 check-ins, 2 with pain rated after."_s));
    CHECK(explanation.contains(
        u"a cue or practice needs pain rated after at least 5 check-ins over 3 days"_s));

    view.setWhatHelps({});
    CHECK(explanationOf(view).startsWith(u"From 0 check-ins, 0 with pain rated after."_s));
    CHECK(explanationOf(view).contains(u"Not enough data yet"_s));
    CHECK(view.findChild<QTableView *>(u"helpsTable"_s)->model()->rowCount() == 0);
}

TEST_CASE(
    "The forest plot is as tall as its rows, at any scale and in a dark palette", "[whathelps]")
{
    WhatHelpsForestPlot plot;
    const int empty = plot.minimumSizeHint().height();
    CHECK(empty > 0);
    plot.setWhatHelps(someOfEach());
    const QSize some = plot.minimumSizeHint();
    CHECK(some.height() > empty);
    CHECK(plot.sizeHint().width() >= some.width());

    QPalette dark;
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Window, Qt::black);
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::WindowText, Qt::white);
    plot.setPalette(dark);
    plot.resize(plot.sizeHint());
    const QImage image = plot.grab().toImage();
    CHECK(image.size() == plot.size() * image.devicePixelRatio());
    // Something light is drawn on the dark base: text, bars and dots.
    int light = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            light += qGray(image.pixel(x, y)) > 160 ? 1 : 0;
    }
    CHECK(light > 100);

    QFont larger = plot.font();
    larger.setPointSizeF(larger.pointSizeF() * 2);
    plot.setFont(larger);
    CHECK(plot.minimumSizeHint().height() > some.height() * 3 / 2);
}

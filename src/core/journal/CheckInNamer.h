#pragma once

#include "journal/CheckIn.h"
#include "model/PracticeModel.h"

namespace toward {

// Gives a check-in that holds ids only (one read from CSV) the names a check-in made in the app
// records: regions, cues, the practice, the breath pattern and the inner directions take their
// names from the practice model, and each cue notes its region. An id the model does not know
// keeps the name it has.
class CheckInNamer {
public:
    // `model` must outlive the namer.
    explicit CheckInNamer(const PracticeModel &model);

    void nameParts(CheckIn &checkIn) const;

private:
    const PracticeModel &m_model;
};

} // namespace toward

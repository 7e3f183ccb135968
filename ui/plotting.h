#pragma once

// The one place that includes QCustomPlot. Its header uses the `signals` and `foreach` keywords,
// which QT_NO_KEYWORDS (needed because LibTorch uses `slots`) switches off; they are defined for
// the include only.
#ifndef signals
#define signals Q_SIGNALS
#define WBC_DEFINED_SIGNALS
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define WBC_DEFINED_FOREACH
#endif

#include <qcustomplot.h>

#ifdef WBC_DEFINED_SIGNALS
#undef signals
#undef WBC_DEFINED_SIGNALS
#endif
#ifdef WBC_DEFINED_FOREACH
#undef foreach
#undef WBC_DEFINED_FOREACH
#endif

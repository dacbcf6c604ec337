#include "support/catchqt.h"

/* axle — linear algebra done right, in C. The umbrella header: includes every public header. */
#ifndef AXLE_H
#define AXLE_H

#include "axle/common.h"
#include "axle/status.h"
#include "axle/field.h"
#include "axle/scalar.h"
#include "axle/matrix.h"
#include "axle/io.h"
#include "axle/poly.h"
#include "axle/algebraic.h"
#include "axle/numfield.h"
#include "axle/space.h"
#include "axle/vector.h"
#include "axle/list.h"
#include "axle/map.h"
#include "axle/eigen.h"
#include "axle/inner.h"

#define AXLE_VERSION_MAJOR 0
#define AXLE_VERSION_MINOR 1
#define AXLE_VERSION_PATCH 0
#define AXLE_VERSION_STRING "0.1.0"

#endif

// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for the import into a database (see importFile in
// fuzztargets.h). Built only with -DSEAWALL_FUZZ=ON (clang); see README.md.
#include "fuzztargets.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    seawall::fuzz::importFile(QByteArrayView(data, qsizetype(size)));
    return 0;
}

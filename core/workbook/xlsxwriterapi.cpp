// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workbook/xlsxwriterapi.h"

#include <optional>
#include <utility>

#ifdef SEAWALL_XLSXWRITER_SONAME
#include <dlfcn.h>
#endif

using namespace Qt::StringLiterals;

namespace seawall::workbook {

const XlsxWriterApi *xlsxwriter(QString *why)
{
    static const std::pair<std::optional<XlsxWriterApi>, QString> loaded = []() {
        XlsxWriterApi api;
#ifdef SEAWALL_XLSXWRITER_SONAME
        void *handle = dlopen(SEAWALL_XLSXWRITER_SONAME, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!handle)
            return std::pair<std::optional<XlsxWriterApi>, QString>{std::nullopt, QString::fromLocal8Bit(dlerror())};
#define SEAWALL_XLSXWRITER_LOAD(name)                                                                          \
    api.name = reinterpret_cast<decltype(api.name)>(dlsym(handle, #name));                                     \
    if (!api.name)                                                                                             \
        return std::pair<std::optional<XlsxWriterApi>, QString>{std::nullopt, QString::fromLatin1(#name)};
#else
#define SEAWALL_XLSXWRITER_LOAD(name) api.name = &::name;
#endif
        SEAWALL_XLSXWRITER_FUNCTIONS(SEAWALL_XLSXWRITER_LOAD)
#undef SEAWALL_XLSXWRITER_LOAD
        return std::pair<std::optional<XlsxWriterApi>, QString>{api, QString()};
    }();
    if (why)
        *why = loaded.second;
    return loaded.first ? &*loaded.first : nullptr;
}

} // namespace seawall::workbook

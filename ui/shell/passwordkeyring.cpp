// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/passwordkeyring.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace seawall::PasswordKeyring {
namespace {

const QString kService = u"Seawall"_s;

// QtKeychain's jobs report asynchronously; a password is needed before the
// connection can go on, so each one is waited for here.
void runToEnd(QKeychain::Job &job, const QString &address)
{
    job.setAutoDelete(false);
    // Never a plain-text file when there is no keyring.
    job.setInsecureFallback(false);
    job.setKey(address);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

std::optional<QString> read(const QString &address)
{
    QKeychain::ReadPasswordJob job(kService);
    runToEnd(job, address);
    if (job.error() != QKeychain::NoError)
        return std::nullopt;
    return job.textData();
}

std::optional<QString> write(const QString &address, const QString &password)
{
    QKeychain::WritePasswordJob job(kService);
    job.setTextData(password);
    runToEnd(job, address);
    if (job.error() != QKeychain::NoError)
        return job.errorString();
    return std::nullopt;
}

void forget(const QString &address)
{
    QKeychain::DeletePasswordJob job(kService);
    runToEnd(job, address);
}

} // namespace seawall::PasswordKeyring

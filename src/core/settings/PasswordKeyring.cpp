#include "PasswordKeyring.h"

#include <qt6keychain/keychain.h>

namespace {

PasswordKeyring::Result resultOf(const QKeychain::Job &job, PasswordKeyring::Outcome success)
{
    using Outcome = PasswordKeyring::Outcome;
    switch (job.error()) {
    case QKeychain::NoError:
        return {success, {}, {}};
    case QKeychain::EntryNotFound:
        return {Outcome::NotFound, {}, {}};
    // qtkeychain reports a missing D-Bus or Secret Service as OtherError too.
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return {Outcome::Unavailable, {}, job.errorString()};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        break;
    }
    return {Outcome::Failed, {}, job.errorString()};
}

template <typename JobType>
JobType *startJob(PasswordKeyring *context, const ConnectionSpec &spec,
                  std::function<void(JobType &)> prepare,
                  std::function<void(const JobType &)> finished)
{
    // No parent: a write must finish even when the dialog that asked is gone.
    auto *job = new JobType(PasswordKeyring::serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text copy in a settings file
    job->setKey(PasswordKeyring::keyFor(spec));
    if (prepare)
        prepare(*job);
    QObject::connect(job, &QKeychain::Job::finished, context, [finished](QKeychain::Job *done) {
        finished(*static_cast<const JobType *>(done));
    });
    job->start();
    return job;
}

} // namespace

PasswordKeyring::PasswordKeyring(QObject *parent)
    : QObject(parent)
{
}

QString PasswordKeyring::serviceName()
{
    return QStringLiteral("trade-inspector");
}

QString PasswordKeyring::keyFor(const ConnectionSpec &spec)
{
    ConnectionSpec safe = spec;
    safe.password.clear();
    safe.ignoredParameters.clear();
    return safe.toUrl(false);
}

void PasswordKeyring::read(const ConnectionSpec &spec, Callback done)
{
    startJob<QKeychain::ReadPasswordJob>(this, spec, {},
                                         [done](const QKeychain::ReadPasswordJob &job) {
                                             Result result = resultOf(job, Outcome::Found);
                                             if (result.outcome == Outcome::Found)
                                                 result.password = job.textData();
                                             if (done)
                                                 done(result);
                                         });
}

void PasswordKeyring::write(const ConnectionSpec &spec, const QString &password, Callback done)
{
    startJob<QKeychain::WritePasswordJob>(
        this, spec, [password](QKeychain::WritePasswordJob &job) { job.setTextData(password); },
        [done](const QKeychain::WritePasswordJob &job) {
            if (done)
                done(resultOf(job, Outcome::Done));
        });
}

void PasswordKeyring::remove(const ConnectionSpec &spec, Callback done)
{
    startJob<QKeychain::DeletePasswordJob>(this, spec, {},
                                           [done](const QKeychain::DeletePasswordJob &job) {
                                               Result result = resultOf(job, Outcome::Done);
                                               // Nothing to forget is what was asked for.
                                               if (result.outcome == Outcome::NotFound)
                                                   result.outcome = Outcome::Done;
                                               if (done)
                                                   done(result);
                                           });
}

#include "revisiongraph.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

// Identifier resolution, ported from RevisionMap._resolve_revision_number, get_revisions,
// _revision_for_ident, _resolve_branch, filter_for_lineage and _shares_lineage. Error texts
// are Alembic's, word for word: the CLI prints them as Alembic does.

namespace Migrations {

namespace {

RevisionError multipleHeads(const QStringList &heads, const QString &argument)
{
    return {RevisionError::MultipleHeads,
            u"Multiple heads are present for given argument '%1'; %2"_s.arg(argument, heads.join(u", "_s)),
            argument, heads, {}, {}};
}

RevisionError resolutionError(const QString &message, const QString &argument)
{
    return {RevisionError::Resolution, message, argument, {}, {}, {}};
}

} // namespace

RevisionResolution RevisionGraph::currentHead(const QString &branchLabel) const
{
    QList<int> current = m_heads;
    if (!branchLabel.isEmpty()) {
        std::optional<RevisionError> error;
        current = filterForLineage(current, branchLabel, &error);
        if (error)
            return {{}, error};
    }
    if (current.size() > 1)
        return {{}, multipleHeads(idsOf(current), branchLabel.isEmpty() ? u"head"_s : branchLabel + u"@head"_s)};
    return {current, std::nullopt};
}

RevisionGraph::ResolvedNumber RevisionGraph::resolveRevisionNumber(const QString &identifier) const
{
    ResolvedNumber result;
    QString id = identifier;
    if (const qsizetype at = identifier.indexOf(u'@'); at >= 0) {
        result.branchLabel = identifier.first(at);
        id = identifier.sliced(at + 1);
    }
    if (id == "heads"_L1) {
        if (result.branchLabel.isEmpty()) {
            result.ids = idsOf(m_realHeads);
        } else {
            std::optional<RevisionError> error;
            result.ids = idsOf(filterForLineage(m_heads, result.branchLabel, &error));
            result.error = error;
        }
    } else if (id == "head"_L1) {
        const RevisionResolution head = currentHead(result.branchLabel);
        result.error = head.error;
        result.ids = idsOf(head.revisions);
    } else if (id != "base"_L1) {
        result.ids = {id};
    }
    return result;
}

RevisionResolution RevisionGraph::revisionsForIds(const QStringList &ids) const
{
    RevisionResolution result;
    for (const QString &id : ids) {
        std::optional<RevisionError> error;
        const std::optional<int> revision = revisionForIdent(id, {}, &error);
        if (error)
            return {{}, error};
        result.revisions.append(revision.value_or(NoRevision));
    }
    return result;
}

RevisionResolution RevisionGraph::resolve(const QString &identifier) const
{
    const ResolvedNumber number = resolveRevisionNumber(identifier);
    if (number.error)
        return {{}, number.error};

    // get_revisions: a lone negative number walks down from every head (of the branch).
    static const QRegularExpression negative(u"^\\s*-\\d+\\s*$"_s);
    if (number.ids.size() == 1 && negative.match(number.ids.first()).hasMatch()
        && number.ids.first().trimmed().toInt() < 0) {
        const int steps = number.ids.first().trimmed().toInt();
        RevisionResolution heads = revisionsForIds(idsOf(m_realHeads));
        if (heads.error)
            return heads;
        RevisionResolution walked;
        for (int head : std::as_const(heads.revisions)) {
            if (!number.branchLabel.isEmpty() && !m_revisions[head].branchLabels.contains(number.branchLabel))
                continue;
            std::optional<RevisionError> error;
            const std::optional<int> end = walkSteps(head, steps, {}, true, &error);
            if (error)
                return {{}, error};
            walked.revisions.append(end.value_or(NoRevision));
        }
        return walked;
    }

    RevisionResolution result;
    for (const QString &id : number.ids) {
        std::optional<RevisionError> error;
        const std::optional<int> revision = revisionForIdent(id, number.branchLabel, &error);
        if (error)
            return {{}, error};
        if (revision)
            result.revisions.append(*revision);
    }
    return result;
}

RevisionResolution RevisionGraph::resolveOne(const QString &identifier) const
{
    const ResolvedNumber number = resolveRevisionNumber(identifier);
    if (number.error)
        return {{}, number.error};
    if (number.ids.size() > 1)
        return {{}, multipleHeads(number.ids, identifier)};
    if (number.ids.isEmpty())
        return {{NoRevision}, std::nullopt};
    std::optional<RevisionError> error;
    const std::optional<int> revision = revisionForIdent(number.ids.first(), number.branchLabel, &error);
    if (error)
        return {{}, error};
    return {{revision.value_or(NoRevision)}, std::nullopt};
}

std::optional<int> RevisionGraph::revisionForIdent(const QString &id, const QString &checkBranch,
                                                   std::optional<RevisionError> *error) const
{
    int branchRevision = -1;
    if (!checkBranch.isEmpty()) {
        const std::optional<int> branch = resolveBranch(checkBranch, error);
        if (!branch)
            return std::nullopt;
        branchRevision = *branch;
    }

    int revision = m_map.value(id, -1);
    if (revision < 0) {
        // A partial id: any key of the map (labels included, as in Alembic) longer than
        // three characters that starts with it.
        QList<int> candidates;
        QStringList candidateKeys;
        for (const QString &key : m_mapKeys) {
            if (key.size() > 3 && key.startsWith(id)) {
                candidates.append(m_map.value(key));
                candidateKeys.append(key);
            }
        }
        if (branchRevision >= 0) {
            std::optional<RevisionError> lineageError;
            const QList<int> kept = filterForLineage(candidates, checkBranch, &lineageError);
            QStringList keptKeys;
            for (qsizetype i = 0; i < candidates.size(); ++i) {
                if (kept.contains(candidates[i]))
                    keptKeys.append(candidateKeys[i]);
            }
            candidates = kept;
            candidateKeys = keptKeys;
        }
        if (candidates.isEmpty()) {
            *error = resolutionError(
                u"No such revision or branch '%1'%2"_s.arg(
                    id, id.size() < 4 ? u"; please ensure at least four characters are present for partial "
                                        "revision identifier matches"_s
                                      : QString()),
                id);
            return std::nullopt;
        }
        if (candidates.size() > 1) {
            QStringList quoted;
            for (const QString &key : candidateKeys.first(std::min<qsizetype>(3, candidateKeys.size())))
                quoted.append(u"'%1'"_s.arg(key));
            *error = resolutionError(u"Multiple revisions start with '%1': %2..."_s.arg(id, quoted.join(u", "_s)), id);
            return std::nullopt;
        }
        revision = candidates.first();
    }
    if (branchRevision >= 0 && !sharesLineage(revision, {branchRevision})) {
        *error = resolutionError(
            u"Revision %1 is not a member of branch '%2'"_s.arg(m_revisions[revision].id, checkBranch), id);
        return std::nullopt;
    }
    return revision;
}

std::optional<int> RevisionGraph::resolveBranch(const QString &branchLabel, std::optional<RevisionError> *error) const
{
    // _resolve_branch: a label or an id (partial ones too) names the branch.
    if (const int labelled = m_map.value(branchLabel, -1); labelled >= 0)
        return labelled;
    std::optional<RevisionError> branchError;
    const std::optional<int> named = revisionForIdent(branchLabel, {}, &branchError);
    if (branchError || !named) {
        *error = resolutionError(u"No such branch: '%1'"_s.arg(branchLabel), branchLabel);
        return std::nullopt;
    }
    return named;
}

bool RevisionGraph::sharesLineage(int target, const QList<int> &against, bool includeDependencies) const
{
    if (against.isEmpty())
        return true;
    const QSet<int> wanted(against.cbegin(), against.cend());
    for (int i : descendants({target}, includeDependencies)) {
        if (wanted.contains(i))
            return true;
    }
    for (int i : ancestors({target}, includeDependencies)) {
        if (wanted.contains(i))
            return true;
    }
    return false;
}

QList<int> RevisionGraph::filterForLineage(const QList<int> &targets, const QString &checkAgainst,
                                           std::optional<RevisionError> *error, bool includeDependencies) const
{
    // The revisions to check against: the label before '@' and what the rest resolves to.
    const RevisionResolution against = resolve(checkAgainst);
    const qsizetype at = checkAgainst.indexOf(u'@');
    const QString label = at >= 0 ? checkAgainst.first(at) : QString();
    if (against.error) {
        *error = *against.error;
        return {};
    }
    QList<int> shares = against.revisions;
    if (!label.isEmpty()) {
        std::optional<RevisionError> labelError;
        if (const std::optional<int> labelled = revisionForIdent(label, {}, &labelError))
            shares.prepend(*labelled);
        else if (labelError) {
            *error = labelError;
            return {};
        }
    }
    QList<int> kept;
    for (int target : targets) {
        if (sharesLineage(target, shares, includeDependencies))
            kept.append(target);
    }
    return kept;
}

} // namespace Migrations

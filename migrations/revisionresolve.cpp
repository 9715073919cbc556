#include "revisiongraph.h"

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

RevisionResolution RevisionGraph::resolve(const QString &identifier) const
{
    QString branchLabel;
    QString id = identifier;
    if (const qsizetype at = identifier.indexOf(u'@'); at >= 0) {
        branchLabel = identifier.first(at);
        id = identifier.sliced(at + 1);
    }

    QList<int> resolved;
    if (id == "heads"_L1) {
        if (branchLabel.isEmpty())
            return {m_realHeads, std::nullopt};
        std::optional<RevisionError> error;
        resolved = filterForLineage(m_heads, branchLabel, &error);
        if (error)
            return {{}, error};
    } else if (id == "head"_L1) {
        RevisionResolution head = currentHead(branchLabel);
        if (head.error)
            return head;
        resolved = head.revisions;
    } else if (id == "base"_L1) {
        return {{}, std::nullopt};
    } else {
        std::optional<RevisionError> error;
        const std::optional<int> revision = revisionForIdent(id, branchLabel, &error);
        if (error)
            return {{}, error};
        return {revision ? QList<int>{*revision} : QList<int>{}, std::nullopt};
    }

    // `heads` and `head` resolve to ids, which are looked up again with the branch check.
    QList<int> revisions;
    for (int index : std::as_const(resolved)) {
        std::optional<RevisionError> error;
        const std::optional<int> revision = revisionForIdent(m_revisions[index].id, branchLabel, &error);
        if (error)
            return {{}, error};
        if (revision)
            revisions.append(*revision);
    }
    return {revisions, std::nullopt};
}

std::optional<int> RevisionGraph::revisionForIdent(const QString &id, const QString &checkBranch,
                                                   std::optional<RevisionError> *error) const
{
    int branchRevision = -1;
    if (!checkBranch.isEmpty()) {
        // _resolve_branch: a label or an id (partial ones too) names the branch.
        branchRevision = m_map.value(checkBranch, -1);
        if (branchRevision < 0) {
            std::optional<RevisionError> branchError;
            const std::optional<int> named = revisionForIdent(checkBranch, {}, &branchError);
            if (branchError || !named) {
                *error = resolutionError(u"No such branch: '%1'"_s.arg(checkBranch), checkBranch);
                return std::nullopt;
            }
            branchRevision = *named;
        }
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

bool RevisionGraph::sharesLineage(int target, const QList<int> &against) const
{
    if (against.isEmpty())
        return true;
    const QSet<int> wanted(against.cbegin(), against.cend());
    for (int i : descendants({target}, false)) {
        if (wanted.contains(i))
            return true;
    }
    for (int i : ancestors({target}, false)) {
        if (wanted.contains(i))
            return true;
    }
    return false;
}

QList<int> RevisionGraph::filterForLineage(const QList<int> &targets, const QString &checkAgainst,
                                           std::optional<RevisionError> *error) const
{
    // The revisions to check against: the label before '@' and what the rest resolves to.
    RevisionResolution against;
    QString label;
    if (const qsizetype at = checkAgainst.indexOf(u'@'); at >= 0) {
        label = checkAgainst.first(at);
        against = resolve(checkAgainst);
    } else {
        against = resolve(checkAgainst);
    }
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
        if (sharesLineage(target, shares))
            kept.append(target);
    }
    return kept;
}

} // namespace Migrations

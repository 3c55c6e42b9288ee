#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Marginalia authors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Learning curve of Marginalia's learned recommender, measured as a simulated user through the real CLI.

usage: learning_curve.py [--cli CMD] [--k 5,10,20] [--folds N] [--work DIR] [--min-confidence C] GOLD.jsonl TYPE

GOLD.jsonl is an evaluation set (../shared/eval: one document a line with `text` and `entities`, and
`attributions` in GUM). TYPE is an entity type of the set (QUANTITY, PERSON, ...) or CLAIM, the attributed
content of GUM's attribution relations. For each fold the documents are split into a held-out test part
(len/folds documents, rotating) and a pool; for each k the gold spans of TYPE in the first k pool documents
are added to a fresh project as a user tag with `import-annotations`, `recommend --tag` runs on every test
document, and the suggestions are scored against the gold spans: precision, recall and F1, exact (same
boundaries) and overlap (a suggestion overlapping a gold span is right; a gold span overlapped by a
suggestion is found). Counts are summed over the folds.

CMD runs marginalia-cli (default "scripts/dev cli", from the repository root). Offsets are code points.
"""
import argparse
import json
import os
import shlex
import subprocess
import sys
import tempfile
import unicodedata


def run(cli, *args):
    result = subprocess.run(shlex.split(cli) + list(args), capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f'{" ".join(args[:1])} failed ({result.returncode}): {result.stderr.strip()}')
    return result.stdout


def gold_spans(document, kind):
    if kind == 'CLAIM':
        spans = {(a['content_edu']['start'], a['content_edu']['end']) for a in document.get('attributions', [])}
    else:
        spans = {(e['start'], e['end']) for e in document['entities'] if e['type'] == kind}
    return sorted(spans)


def score(predicted, gold):
    """predicted and gold: sets of (doc, start, end). Returns exact and overlap counts."""
    exact = len(predicted & gold)
    by_doc = {}
    for doc, start, end in gold:
        by_doc.setdefault(doc, []).append((start, end))
    pred_by_doc = {}
    for doc, start, end in predicted:
        pred_by_doc.setdefault(doc, []).append((start, end))

    def overlaps(span, others):
        return any(span[0] < o[1] and o[0] < span[1] for o in others)

    right = sum(overlaps((s, e), by_doc.get(d, [])) for d, s, e in predicted)
    found = sum(overlaps((s, e), pred_by_doc.get(d, [])) for d, s, e in gold)
    return {'exact_tp': exact, 'overlap_right': right, 'overlap_found': found,
            'predicted': len(predicted), 'gold': len(gold)}


def prf(tp_p, predicted, tp_r, gold):
    precision = tp_p / predicted if predicted else 0.0
    recall = tp_r / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def fold_curve(cli, work, documents, test_ids, pool_ids, kind, ks, min_confidence):
    project = os.path.join(work, f'fold-{test_ids[0]}.marginalia')
    if os.path.exists(project):
        os.remove(project)
    files = []
    for index in pool_ids[:max(ks)] + test_ids:
        path = os.path.join(work, f'doc{index:03d}.txt')
        with open(path, 'w', encoding='utf-8', newline='\n') as out:
            out.write(documents[index]['text'])
        files.append((index, path))
    ids = run(cli, 'import', '--project', project, *[p for _, p in files]).split()
    if len(ids) != len(files):
        sys.exit(f'imported {len(ids)} of {len(files)} documents')
    project_id = {index: int(doc_id) for (index, _), doc_id in zip(files, ids)}
    tag = f'Learned {kind.title()}'
    annotated = 0
    tagged = False
    results = {}
    for k in ks:
        rows = []
        for index in pool_ids[annotated:k]:
            for start, end in gold_spans(documents[index], kind):
                rows.append(json.dumps({'document_id': project_id[index], 'start': start, 'end': end,
                                        'tag': tag, 'note': ''}))
        annotated = k
        if rows:
            path = os.path.join(work, f'annotations-{k}.jsonl')
            with open(path, 'w', encoding='utf-8') as out:
                out.write('\n'.join(rows) + '\n')
            run(cli, 'import-annotations', '--project', project, path)
        tagged = tagged or bool(rows)
        predicted, gold = set(), set()
        for index in test_ids:
            text = documents[index]['text']
            # No gold span of TYPE in the annotated documents yet: no tag, nothing to learn.
            for line in [] if not tagged else run(cli, 'recommend', '--project', project, '--document', str(project_id[index]),
                            '--tag', tag).splitlines():
                suggestion = json.loads(line)
                assert text[suggestion['start']:suggestion['end']] == suggestion['text'], suggestion
                if suggestion['confidence'] >= min_confidence:
                    predicted.add((index, suggestion['start'], suggestion['end']))
            gold |= {(index, s, e) for s, e in gold_spans(documents[index], kind)}
        results[k] = score(predicted, gold)
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--cli', default='scripts/dev cli')
    parser.add_argument('--k', default='5,10,20')
    parser.add_argument('--folds', type=int, default=0, help='default: enough folds that max(k) fit the pool')
    parser.add_argument('--work', default='')
    parser.add_argument('--min-confidence', type=float, default=0.0,
                        help='score only suggestions at least this confident (what a reviewer would look at first)')
    parser.add_argument('gold')
    parser.add_argument('type')
    args = parser.parse_args()
    ks = sorted(int(k) for k in args.k.split(','))
    with open(args.gold, encoding='utf-8') as source:
        documents = [json.loads(line) for line in source if line.strip()]
    for document in documents:
        assert document['text'] == unicodedata.normalize('NFC', document['text'])
    if len(documents) <= max(ks):
        sys.exit(f'{len(documents)} documents: too few for k = {max(ks)}')
    folds = args.folds or max(1, len(documents) // (len(documents) - max(ks)))
    work = args.work or tempfile.mkdtemp(prefix='learning-curve-')
    os.makedirs(work, exist_ok=True)
    totals = {k: {} for k in ks}
    size = min(len(documents) // folds, len(documents) - max(ks))
    for fold in range(folds):
        test_ids = list(range(fold * size, (fold + 1) * size))
        pool_ids = [i for i in range(len(documents)) if i not in test_ids]
        for k, counts in fold_curve(args.cli, work, documents, test_ids, pool_ids, args.type, ks, args.min_confidence).items():
            for key, value in counts.items():
                totals[k][key] = totals[k].get(key, 0) + value
    print(f'{os.path.basename(args.gold)} {args.type}: {len(documents)} documents, {folds} folds of {size} held out')
    print(f'{"k":>3} {"gold":>5} {"sugg":>5}  {"exact P":>7} {"R":>5} {"F1":>5}  {"overlap P":>9} {"R":>5} {"F1":>5}')
    for k in ks:
        t = totals[k]
        ep, er, ef = prf(t['exact_tp'], t['predicted'], t['exact_tp'], t['gold'])
        op, orr, of = prf(t['overlap_right'], t['predicted'], t['overlap_found'], t['gold'])
        print(f'{k:>3} {t["gold"]:>5} {t["predicted"]:>5}  {ep:>7.3f} {er:>5.3f} {ef:>5.3f}  {op:>9.3f} {orr:>5.3f} {of:>5.3f}')


if __name__ == '__main__':
    main()

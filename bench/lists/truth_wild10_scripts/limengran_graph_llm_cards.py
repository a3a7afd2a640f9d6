"""Wild10 truth for limengran98/Awesome-Literature-Graph-Learning-Challenges README: one `<details>` card per paper.

Shape: sections by challenge ('## Incompleteness in Graphs' ... '## Dynamic Instability in Graphs'), each
subsection a run of cards

    <details>
    <summary><u><strong> Title (2025)</strong></u></summary>
    (blank)
    **Authors:** ...  / **Venue & Year:** ... / **Link:** [url](url) / **Abstract:** + abstract
    </details>

Entry: every card, lines `<details>` .. `</details>` (2 to 10 lines).  Title: the summary text without
the year in brackets that closes it (a '$^4$' in one title is kept as written).  Links are arXiv,
doi.org, OpenReview, ACL Anthology, IJCAI, CEUR; 10.48550 DOIs give both ids.  Repeated papers across subsections (KICGPT, LLMRec, UniGraph2, ...) are separate entries.

Not entries: the tables inside HTML comments `<!-- | Title | Authors | Venue & Year | Link | ... -->`
before most subsections (not rendered; they hold the same papers as the cards below them); the
'Datasets, Metrics, and Tasks' tables (one row per method nickname, e.g. '**LLM4NG**', giving
datasets, metrics and tasks: a comparison of methods, not a record of a work, no title, no link);
the News bullets (the list's own survey accepted); the closing 'Citation' BibTeX of the list's own
two survey versions (boilerplate).

Count checks: 101 `<details>` lines, 101 `</details>` lines, 101 summaries of this exact form
(grep -c); per section cards counted by grep between headings: Robust 8, Few-shot 8, KGC 14,
Class-Imbalanced 15, Structure-Imbalanced 4, Text-Attributed 8, Multimodal 6, Structural
Heterogeneous 17, Querying 8, Generating 8, Evaluation 5 (= 101).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "limengran98__Awesome-Literature-Graph-Learning-Challenges__README@e5b94a1.md"
SUMMARY = re.compile(r"^<summary><u><strong>\s*(.+?)\s*\((\d{4})\)</strong></u></summary>$")
PER_SECTION = {"Robust Graph Learning": 8, "Few-shot Graph Learning": 8, "Knowledge Graph Completion": 14,
               "Class-Imbalanced Graph Learning": 15, "Structure-Imbalanced Graph Learning": 4,
               "Text-Attributed Graph Learning": 8, "Multimodal Attributed Graph Learning": 6,
               "Structural Heterogeneous Graph Learning": 17, "Querying and Reasoning": 8,
               "Generating and Updating": 8, "Evaluation and Application": 5}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    in_comment = False
    i = 0
    while i < len(lines):
        text = lines[i]
        if text.startswith("<!--"):
            in_comment = True
        if in_comment:
            if "-->" in text:
                in_comment = False
            i += 1
            continue
        if text.startswith("### "):
            section = text[4:].strip()
        if text == "<details>":
            first = i + 1
            m = SUMMARY.match(lines[i + 1])
            assert m, lines[i + 1]
            j = i + 1
            while lines[j] != "</details>":
                assert not lines[j].startswith("<details>") and not lines[j].startswith("#"), j + 1
                j += 1
            last = j + 1
            papers.append(entry(lines, first, last, m.group(1)))
            counts[section] = counts.get(section, 0) + 1
            i = j + 1
            continue
        i += 1
    assert counts == PER_SECTION, counts
    assert len(papers) == 101
    assert sum(1 for ln in lines if ln == "<details>") == 101
    write_truth(NAME, "wild10_development", papers,
                "every <details> card is an entry (lines <details>..</details>), title = the <summary> text"
                " without its closing '(year)'; commented-out tables, the method/dataset/metric tables, news"
                " and the list's own citation BibTeX are not entries",
                "every one of the 101 summaries read against the -v output; per-section card counts by grep;"
                " the Link line of cards without an id (OpenReview, ACL Anthology, IJCAI, CEUR) and the ids"
                " of the first and last card of each subsection checked by eye")


if __name__ == "__main__":
    main()

"""Wild14 truth for thunlp/PLMpapers README: numbered '1. **Title**. *Authors*. Venue. [[pdf](url)] [[code](url)] (**Nickname**)' lines under '## ' sections.

Shape: a survey written as a bare bold paragraph under '## Survey' (line 23), then four numbered
sections (PLM models 51, compression & acceleration 22, analysis 42, finetuning 7), a '## Papers on
Prompt-based Tuning' section that only links to another repository, and '## Tutorial & Resource' with
two numbered items.  The numbering skips and repeats (33, 40, 42 missing; 31, 36, 39 twice); one
record (Tenney et al., analysis no. 30) wraps its author list onto a second line.

Entry: every numbered '**'-bold line of the four paper sections and of 'Tutorial & Resource'
whose subject is a paper, plus the survey paragraph.  Not entries: the three '## Open PLMs'
items (the maintainers' model/code releases: CPM-2 and OpenCLap give only code/model links,
CPM-1 is a model record with an extra paper link; decided as releases, like tools), and the
NAACL 2019 tutorial 'Transfer Learning in Natural Language Processing' (slides only).  The
'Transformers: State-of-the-art NLP' EMNLP 2020 paper in 'Tutorial & Resource' is an entry.
Title: the first bold span; the trailing '(**ELMo**)' nickname is not part of it.
An entry runs to the line before the next numbered line / blank line.

Checks: grep '^[0-9]*\\. \\*\\*' gives 127 numbered bold lines: 3 Open PLMs, 51, 22, 42, 7, 2 tutorial
(awk per section); 1 survey paragraph; 127 - 3 - 1 + 1 = 124 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "thunlp__PLMpapers__README@0416bc3.md"

EXPECTED = {"## Survey": 1, "## Papers on PLMs Models": 51, "## Papers on Model Compression & Acceleration": 22,
            "## Papers on Model Analysis": 42, "## Papers on Finetuning or Adaptation": 7,
            "## Tutorial & Resource": 1}


def main() -> None:
    lines = read_lines(NAME)
    papers, counts, section = [], {}, ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text.strip()
            continue
        m = re.match(r"(?:\d+\. )?\*\*(.+?)\*\*", text)
        if not m or section == "## Open PLMs":
            continue
        if section == "## Tutorial & Resource" and "[[slides]" in text:
            continue  # a tutorial's slides, not a paper
        end = i
        while end < len(lines) and lines[end].strip() and not re.match(r"\d+\. |#", lines[end]):
            end += 1
        papers.append(entry(lines, i, end, m.group(1)))
        counts[section] = counts.get(section, 0) + 1
    assert counts == EXPECTED, counts
    assert len(papers) == 124
    assert [p["line"] for p in papers if p["end"] != p["line"]] == [135]
    write_truth(NAME, "wild14_development", papers,
                "every numbered '**Title**. *Authors*. Venue.' line of the paper sections, the bold survey paragraph and"
                " the Transformers paper under 'Tutorial & Resource' are entries, title = the first bold span; the"
                " 'Open PLMs' model releases and a tutorial's slides are not",
                "all 124 entries listed with -v against the file; per-section counts by awk; the two-line Tenney et al."
                " record, the '?**' title without final period, the repeated/skipped numbers, arXiv ids from pdf links"
                " (incl. '1907.12412v1.pdf')")


if __name__ == "__main__":
    main()

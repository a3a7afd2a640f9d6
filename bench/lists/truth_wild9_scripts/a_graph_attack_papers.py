"""Wild9 truth for ChandlerBang/awesome-graph-attack-papers README: adversarial attacks and defenses on graphs.

Shape: numbered Markdown items under '## 1. Survey Papers', '### 2.1/2.2/2.3 ...', '## 3. Defense
Papers', '## 4. Certified Robustness Papers': '1. **Title.** Venue Year. [[paper]](url) [[code]](url)',
often followed by an author line '   *Authors.* Venue Year. [[paper]](url)' (indented, or at column 0
as a lazy continuation).  The Defense section mixes '1.' with '3.'..'9.' numbers.
Entries: every numbered item, with its author continuation line; title = the bold text (final '.'
dropped; '?' kept).  Also an entry: the Toolbox section's 'Corresponding paper: **DeepRobust: ...**
[[paper]](arXiv)' line (its subject is the paper; the GitHub repository line above it is not an
entry).  Not entries: the list's own 'cite our survey' BibTeX block, the contents, badges.
Repeated papers (same paper in targeted, untargeted and defense) are separate entries.  Ids are
taken as written (line 140 repeats another paper's arXiv id, 2004.14734).
Count checks: 84 lines match '^[0-9]+\\. ' (4 + 23 + 13 + 1 + 35 + 8 per section), plus DeepRobust = 85.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "ChandlerBang__awesome-graph-attack-papers__README@4f9185d.md"
LINES = read_lines(NAME)


def main() -> None:
    papers = []
    per_section: dict[str, int] = {}
    section = ""
    for i, text in enumerate(LINES, 1):
        if text.startswith("#"):
            section = text
        if text.startswith("Corresponding paper: "):
            m = re.match(r"Corresponding paper: \*\*(.+?)\*\*", text)
            papers.append(entry(LINES, i, i, m.group(1)))
            continue
        if not re.match(r"[0-9]+\. ", text):
            continue
        m = re.match(r"[0-9]+\. \*\*(.+?)\*\*", text)
        assert m, (i, text)
        end = i
        nxt = LINES[i] if i < len(LINES) else ""
        if re.match(r"\s*\*[^*]", nxt):  # author line, indented or lazy continuation
            end = i + 1
        papers.append(entry(LINES, i, end, m.group(1)))
        per_section[section] = per_section.get(section, 0) + 1
    assert per_section == {"## 1. Survey Papers": 4, "### 2.1 Targeted Attack": 23, "### 2.2 Untargeted Attack": 13,
                           "### 2.3 Attacks on Combinatorial Problems": 1, "## 3. Defense Papers": 35,
                           "## 4. Certified Robustness Papers": 8}, per_section
    assert len(papers) == 85
    assert sum(1 for p in papers if p["end"] > p["line"]) == 54  # 54 author lines '*Name...'
    write_truth(NAME, "wild9_development", papers,
                "every numbered item '1. **Title.** Venue. [[paper]]' (with its '*Authors.*' continuation line) is an entry,"
                " plus the Toolbox's 'Corresponding paper: **DeepRobust...**' line; title = the bold text; the own-survey"
                " BibTeX, contents and repository line are not entries",
                "read the whole file (190 lines) against the output: all 85 titles, line spans (author lines indented and"
                " at column 0), the mixed 1./3.-9. numbering in Defense, arXiv ids (v1 suffix, repeated wrong id at 140),"
                " the two ACM DOIs (pdf?download, abs), non-arXiv links with no id")


if __name__ == "__main__":
    main()

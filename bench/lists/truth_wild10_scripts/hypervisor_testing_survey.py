"""Wild10 truth for MarkLee131/Hypervisor-Testing-Survey README.md.

Shape: the companion of a survey of hypervisor testing, the same papers listed three times by the
survey's taxonomy.  'All Papers (By Year)' has '### Year' / '#### Venue' headings over bullets
'- **Nickname**: Title [[pdf]](url)' each followed by indented '  - *Authors*: ...', '*Target*',
'*Findings*', '*GitHub*' sub-bullets; 'Papers by Testing Target' and 'Papers by Technique' repeat
them as one-line bullets '- **Nickname**: Title (Venue 'YY) [[pdf]](url)', twice with a note
sub-bullet; 'Related Resources' has one paper bullet (kAFL) beside two tool bullets.

Entry: every '- **Nickname**: ...' bullet of the three paper sections and the kAFL bullet; its lines
run from the bullet to the last line of its indented sub-bullets.  Title = the text after '- ' up
to the ' [[pdf]' / ' [[paper]' link (by-year bullets) or the ' (Venue 'YY)' parenthesis (taxonomy
bullets), the bold nickname and its colon kept (the nicknames are the papers' own title prefixes:
'HYPER-CUBE: High-Dimensional Hypervisor Fuzzing').  Not entries: the three hAFL1 bullets (a Black
Hat talk with slides), the AFL and Intel PT bullets (tools), the Miscellaneous repository links,
the summary, statistics, tools and taxonomy tables (nicknames only), the Design Trade-offs bullets
and the survey named in the header blockquote (no link).  The same paper in several sections is
one entry per bullet.

Count check: grep '^- \\*\\*' per '## ' section gives 19 by year, 17 by target, 20 by technique, 3
related resources, 12 trade-offs; less hAFL1 x3, AFL, Intel PT and the trade-offs: 18 + 16 + 19 + 1
= 54 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "MarkLee131__Hypervisor-Testing-Survey__README@7c621b5.md"
PART = "wild10_development"
SECTIONS = ("## All Papers (By Year)", "## Papers by Testing Target", "## Papers by Technique", "## Related Resources")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = None
    per: dict[str, int] = {}
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text if text in SECTIONS else None
            continue
        if section is None or not text.startswith("- **"):
            continue
        nick = re.match(r"- \*\*([^*]+)\*\*", text).group(1)
        if nick in ("hAFL1", "AFL", "Intel PT"):
            continue
        end = i
        while end < len(lines) and lines[end].startswith("  "):
            end += 1  # indented sub-bullets belong to the entry
        body = text[2:]
        if section == "## All Papers (By Year)":
            title = re.split(r"\s*\[\[(?:pdf|paper)\]\]", body)[0]
        else:
            title = re.match(r"(.+?)\s*\([^()]*'\d\d\)", body).group(1)
        papers.append(entry(lines, i, end, title))
        per[section] = per.get(section, 0) + 1
    assert per == {SECTIONS[0]: 18, SECTIONS[1]: 16, SECTIONS[2]: 19, SECTIONS[3]: 1}, per
    write_truth(NAME, PART, papers,
                "every '- **Nickname**: Title' bullet of the by-year, by-target and by-technique sections and"
                " the kAFL bullet of Related Resources is an entry (with its indented sub-bullets); title ="
                " the bullet text before its [[pdf]]/[[paper]] link or its (Venue 'YY) parenthesis, the bold"
                " nickname and colon kept; the hAFL1 Black Hat talk, the AFL and Intel PT tool bullets,"
                " repository links, tables and trade-off bullets are not entries",
                "all 54 entries against the file: per-section counts 18/16/19/1 by grep of '- **' bullets"
                " less hAFL1 x3, AFL, Intel PT; entry ends over the Authors/Target/Findings/GitHub"
                " sub-bullets (by year) and the two note sub-bullets (lines 278, 300); every title; ids:"
                " NecoFuzz's arXiv pdf link (2512.08858, three times), the ACM DOIs and the Springer chapter"
                " DOI; IEEE Xplore, USENIX, NDSS, TUM and SSTIC links give no id, and HyperMirage's"
                " by-target bullet (line 225) has no link")


if __name__ == "__main__":
    main()

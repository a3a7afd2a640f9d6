"""Wild15 truth for mdyao/Awesome-3D-AIGC README.md: 3D generation papers as numbered heading cards.

Shape: sections '## Survey:', '## Text to 3D Generation:', ..., '## Misc:'; each paper is a card
'### N. Title [venue year]' (some headings indented by two or three spaces, still headings),
then '**Authors**: ...', a '<details span><summary><b>Abstract</b></summary> ... </details>' card
and a links line '  [📄 Paper](url) | [🌐 Project Page](url) | [💻 Code](url)'.  Some cards are
followed by a 'Note: ...' line about the card (not part of the entry).

Entry: every '### N.' heading (up to three spaces of indent) outside the HTML comment at the end
(lines 1638-1652 hold an empty card template '### 2.' inside '<!-- -->', not an entry).  The
entry's lines run from the heading to its links line (the '[📄 Paper]' line); the abstract
inside the card belongs to it.  Title: the heading text after 'N. ' without the trailing
'[venue year]' bracket (three headings have none).  One heading reads 'Code for SC-GS:
Sparse-Controlled Gaussian Splatting ...': 'Code for' is the list's label, dropped.  Papers listed
twice (TIP-Editor, AToM) are separate entries.  The badges, update log, table of contents,
'Open Source Implementations', 'Practical Tools', 'Credits' and star history are not entries.

Counts: 134 lines match '^ {0,3}### [0-9]' by grep, minus the template in the comment = 133;
per section (headings counted with grep between section lines): Survey 8, Text to 3D 32, Image to
3D 24, Audio 1, 3D Editing 13, Human-Avatar 24, Autonomous Driving 4, BioMedical 4, 4D AIGC 11,
Misc 12 (13 with the commented template), checked by the script against the section numbering (each section's cards are
numbered 1..n without gaps).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild15 import entry, read_lines, write_truth

NAME = "mdyao__Awesome-3D-AIGC__README@2a636cd.md"
PART = "wild15_development"

HEAD = re.compile(r"^ {0,3}### (\d+)\.\s*(.*?)\s*$")
SECTION = re.compile(r"^## (.+?):?\s*$")


def main() -> None:
    lines = read_lines(NAME)
    comment = next(i for i, t in enumerate(lines, 1) if t.strip() == "<!--")
    end_comment = next(i for i, t in enumerate(lines, 1) if t.strip() == "-->" and i > comment)
    papers = []
    counts: dict[str, list[int]] = {}
    section = ""
    heads = [i for i, t in enumerate(lines, 1) if HEAD.match(t) and not comment < i < end_comment]
    bounds = [i for i, t in enumerate(lines, 1) if re.match(r"^ {0,3}#", t) or t.strip() == "<!--"]
    for i, t in enumerate(lines, 1):
        m = SECTION.match(t)
        if m:
            section = m.group(1)
        if i not in heads:
            continue
        hm = HEAD.match(t)
        counts.setdefault(section, []).append(int(hm.group(1)))
        nxt = min(b for b in bounds if b > i)
        links = [j for j in range(i + 1, nxt) if "[📄 Paper]" in lines[j - 1]]
        assert len(links) == 1, (i, links)
        title = re.sub(r"[\s\u3000]*\[[^\[\]]*(?:\([^()]*\))?[^\[\]]*\]$", "", hm.group(2))
        if title.startswith("Code for SC-GS"):
            title = title.removeprefix("Code for ")
        assert title and "[" not in title, (i, title)
        papers.append(entry(lines, i, links[0], title))
    for sec, nums in counts.items():
        assert nums == list(range(1, len(nums) + 1)), (sec, nums)
    assert {k: len(v) for k, v in counts.items()} == {
        "Survey": 8, "Text to 3D Generation": 32, "Image to 3D Generation": 24, "Audio to 3D Generation": 1,
        "3D Editing": 13, "Human-Avatar Generation": 24, "Autonomous Driving": 4, "BioMedical": 4,
        "4D AIGC": 11, "Misc": 12}, {k: len(v) for k, v in counts.items()}
    assert len(papers) == 133
    write_truth(NAME, PART, papers,
                "every '### N. Title [venue]' card heading (indented up to three spaces) outside the closing HTML"
                " comment is an entry running to its '[📄 Paper]' links line, title = the heading text without the"
                " number and the trailing venue bracket ('Code for' label dropped once)",
                "grep count of numbered headings (134, one in the comment template), per-section numbering 1..n without"
                " gaps, every heading without a venue bracket (3), the indented headings, the 'Code for SC-GS' heading,"
                " duplicates TIP-Editor/AToM kept, ids against the links lines, 25 titles read against the file")


if __name__ == "__main__":
    main()

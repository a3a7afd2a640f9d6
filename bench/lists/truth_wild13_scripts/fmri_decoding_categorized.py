"""Wild13 truth for zerong7777-boop/awesome-fmri-decoding-categorized README: a neuroscience (fMRI brain decoding) list.

Shape: '## N. Topic' / '### N.M Subtopic' sections, each with a '> **Scope:**' note, and records
of two or three lines with no bullet: a plain title line ending in a hard break ('Title  '), an
optional italic note line '*(...)*', and a link line '[[Venue Year](paper url)] [[Code](...)] ...'.
Some title lines carry the list's nickname in parentheses ('... Diffusion Priors (MindEye)',
'(Brain Prompt GPT / BP-GPT)') and/or an italic note '*(EEG/MEG – ...)*' after the title.
Entries: every record of sections 1 and 3-8 (papers: surveys, methods, studies), plus the one
record of section 9 that links a paper ('NextBrain: A probabilistic histological atlas ...',
[[Nature 2025]] DOI); lines = title line to link line; title = the title line without the trailing
italic note and without the trailing parenthesised nickname (all nine such nicknames are the list's
additions, none is part of a title).  Two paper records keep their title though their link is a
GitHub page labelled '[[NeurIPS 2025]]' (Brain Harmony) or a placeholder 'link_to_preprint'.
Not entries: section 2 (dataset records named by the dataset, 'Natural Scenes Dataset (NSD) –
description', even when they link the dataset's paper), section 9's codebases, libraries and
awesome lists (GitHub links), the table of contents, scope notes, and the Contributing template
in a code fence.  Counts: 11 + 16 + 28 + 7 + 5 + 8 + 10 + 1 = 86, checked against
grep -c '^\\[\\[' per section (section 2: 11 dataset records, section 9: 23 links of which 1 paper).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild13 import entry, read_lines, write_truth

NAME = "zerong7777-boop__awesome-fmri-decoding-categorized__README@7f75f86.md"
PART = "wild13_development"


def main() -> None:
    lines = read_lines(NAME)
    fence = lines.index("```markdown") + 1
    papers = []
    per_section: dict[int, int] = {}
    section = 0
    skipped = {2: 0, 9: 0}
    for i, text in enumerate(lines, 1):
        m = re.match(r"## (\d+)\. ", text)
        if m:
            section = int(m.group(1))
            continue
        if not text.startswith("[[") or i >= fence:
            continue
        first = i - 1
        while lines[first - 2].strip() and not lines[first - 2].startswith(("#", ">", "---")):
            first -= 1  # back over the italic note line to the title line
        head = lines[first - 1]
        assert head.strip() and not head.startswith(("[[", "*(")), i
        if section == 2 or (section == 9 and not text.startswith("[[Nature 2025]")):
            skipped[section] += 1
            continue
        title = re.sub(r"\s*\*\(.*\)\*\s*$", "", head.rstrip())  # italic note after the title
        title = re.sub(r"\s*\([^()]*\)$", "", title)  # the list's nickname in parentheses
        per_section[section] = per_section.get(section, 0) + 1
        papers.append(entry(lines, first, i, title))
    assert skipped == {2: 11, 9: 22}, skipped
    assert per_section == {1: 11, 3: 16, 4: 28, 5: 7, 6: 5, 7: 8, 8: 10, 9: 1}, per_section
    assert len(papers) == 86
    write_truth(NAME, PART, papers,
                "every 'Title  ' + optional '*(note)*' + '[[Venue Year](url)] ...' record of sections 1 and 3-8, and the"
                " one paper record of section 9 (NextBrain), is an entry; title = the title line without a trailing"
                " italic note or parenthesised nickname; dataset records (section 2), codebases, libraries and awesome"
                " lists (section 9) and the contributing template are not entries",
                "all 86 titles and spans read against the file, the 9 dropped nicknames and 3 dropped inline notes, the"
                " records with a note line between title and links, the GitHub-linked and placeholder-linked papers;"
                " per-section counts asserted against the count of '[[' link lines")


if __name__ == "__main__":
    main()

"""Wild6 truth for POSTECH-CVLab/daily-reading-group Archive/2021/07/README.md: one month of a lab's
'a paper a day' reading group, a flat bullet list under '## Full List of papers - updated weekly'.

Each line 4-66 is '* <paper title as typed> ([presenter](./summary/N.md)[, [presenter](...)])': the
title is bare text (no link to the paper), the links point to the members' Korean summaries.  Every
bullet is an entry except 'NERF Research Directions' (line 42), whose summary is a member's overview of
NeRF follow-up work, not one paper.  Title = the text before ' ([': typos and casing kept as typed
('Representation Scenes', 'Nerual', 'Fiedls', 'divco diverse ...'); 'kiloNeRF' (line 20) names the paper
only by its nickname, so its title is null; 'Stereo radiance fields' is the head of the paper's title
and kept.  Two presenters' broken links '[윤우]](...)' (lines 20, 28) do not change the entry.  The same
paper read twice ('Few-shot Image Generation via Cross-domain Correspondence', lines 12 and 50) is two
entries.  No arXiv ids or DOIs.

Counts: 63 bullets (grep -c '^\\* '), minus 1 non-paper = 62 entries, 1 with a null title.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "POSTECH-CVLab__daily-reading-group__Archive__2021__07__README@6f1abff.md"
PART = "wild6_development"
LINES = read_lines(NAME)
NOT_PAPERS = {42: "NERF Research Directions (an overview note of NeRF follow-ups)"}
NICKNAMES = {20: "kiloNeRF"}


def main() -> None:
    papers = []
    bullets = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("* "):
            continue
        bullets += 1
        m = re.fullmatch(r"\* (.+?)\s+\(\[[^\]]+\]+\(\./summary/\d+\.md\)(?:, \[[^\]]+\]\(\./summary/\d+\.md\))*\)", text)
        assert m, (i, text)
        if i in NOT_PAPERS:
            continue
        title = None if i in NICKNAMES else m.group(1)
        if i in NICKNAMES:
            assert m.group(1) == NICKNAMES[i]
        papers.append(entry(LINES, i, i, title))
    assert bullets == 63, bullets
    assert len(papers) == 62, len(papers)
    write_truth(NAME, PART, papers,
                "every '* Title ([presenter](./summary/N.md))' bullet is an entry (a repeat kept), title = the bare"
                " text before the presenter links as typed; the nickname-only 'kiloNeRF' has a null title and the"
                " overview note 'NERF Research Directions' is not an entry",
                "all 63 bullets read against the file with -v, the summaries of 'kiloNeRF' (17.md) and 'NERF Research"
                " Directions' (44.md) opened to decide them, the repeated Few-shot paper, the two broken presenter links")


if __name__ == "__main__":
    main()

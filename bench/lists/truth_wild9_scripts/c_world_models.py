"""Wild9 truth for JiahuaDong/Awesome-World-Models README: the paper list of the survey 'Learning to
Model the World', '* [Nickname: ]Title [[Paper]](url) ![](shields badge Venue-Year)' bullets under
'## Part N' / '###' / '####' taxonomy headings.

Entry = every '*' bullet holding a '[[Paper]]' link (359, all from 'Part 0: Survey Papers' to
'Physics Engines & Simulation Platforms').  Its lines are the bullet's line, plus line 116 where the
venue badge of the R2I bullet (115) wrapped onto the next line.  Not entries: the Updates and
table-of-contents bullets, 'Gen-3 [[Blog]]' (a blog post), and the physics-engine bullets whose only
links are '[[github]]'/'[[SDK]]'/'[[Blog]]'/'[[Notion]]' (Bullet, PyBullet guide, MuJoCo, PhysX,
Omniverse, Genesis: software, not papers); the four engine bullets with a '[[Paper]]' link (Gazebo,
Webots, Simbody, Isaac Gym) are entries.  Title = the bullet text before '[[Paper]]', with the
'$$$' marker two bullets carry and a final '.' dropped; a nickname the list writes before the title
('DreamerV3: ...', 'GPT：...' with a full-width colon) is kept, as the conventions say.  One title
carries its author after a spaced colon ('Open x-embodiment: Robotic Learning Datasets and RT-X
Models : Open X-Embodiment Collaboration0.'); the author part is dropped.  Nicknames the list appends in parentheses ('... (PETS)', '... (TAWM)') are
kept like the prefixed ones.  One Springer chapter link ends in '/', which is not part of the DOI.

Counts: 359 '[[Paper]]' links, one per bullet, per heading 8,49,10,29,20,14,15,19,11,14,7,19,12,4,
14,9,4,8,13,15,2,17,17,25,4 (awk per heading) = 359.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild9 import entry, read_lines, write_truth

NAME = "JiahuaDong__Awesome-World-Models__README@6bc6c39.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if not text.startswith("*") or "[[Paper]]" not in text:
            continue
        end = i
        if lines[i].startswith("![](https://img.shields.io/badge/"):
            end = i + 1  # the venue badge wrapped onto the next line
        head = text[1:].split("[[Paper]]")[0].strip()
        head = re.sub(r"\s*\$\$\$\s*$", "", head)
        head = re.sub(r"\s+:\s+Open X-Embodiment Collaboration0\.$", "", head)
        head = head.rstrip(".").strip()
        e = entry(lines, i, end, head)
        if e["doi"]:
            e["doi"] = e["doi"].rstrip("/")  # Springer link written with a closing '/'
        papers.append(e)
    assert len(papers) == 359, len(papers)
    assert sum(1 for p in papers if p["end"] > p["line"]) == 1
    write_truth(NAME, "wild9_development", papers,
                "every '*' bullet with a '[[Paper]]' link is an entry (the R2I bullet's wrapped badge line"
                " included), title = the text before '[[Paper]]' without the '$$$' marker and a final '.',"
                " nickname prefixes kept; software bullets with only github/SDK/blog links are not entries",
                "359 '[[Paper]]' bullets counted per heading with awk; all bullets without '[[Paper]]' read"
                " (3 updates, 35 TOC, Gen-3 blog, 6 physics software); every line between 64 and 495 that"
                " is not a bullet/heading/blank (116 badge, 484 image); all 359 titles scanned against"
                " their lines, the '$$$' pair, the full-width colon nicknames, the Open X-Embodiment author")


if __name__ == "__main__":
    main()

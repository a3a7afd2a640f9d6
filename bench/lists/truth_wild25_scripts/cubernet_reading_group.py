"""Wild25 truth for Cubernet/group-study reading/index.md: a university group's reading group on AI
security and network security (Spring 2022 and Fall 2020 sessions).

Shape: prose (lines 1-43), including a 'Paper Selection' list of venues whose year links point at
conference accepted-paper pages (lines 11-33: not entries), then two Markdown tables.
'Spring 2022' (header lines 50-51, rows 52-63): Date | Paper | Slides | Notes | Presenter.
'Fall 2020' (header lines 69-70, rows 71-78): Date | Paper | Slides | Notes.
The Paper cell is a link '[Title](url)'; title = the link text, as written (line 78 writes the title
with underscores for spaces, 'Flickering_Adversarial_Attacks_against_Video_Recognition_Networks', kept).
Special rows:
- line 57: '[Reinforcement Learning background](https://www.davidsilver.uk/teaching/)', a course page,
  not a paper: not an entry.
- line 62: '[FGSM attack in DRL](https://arxiv.org/abs/1702.02284)', a nickname for a paper, not its
  title: entry with title null and the linked arXiv id.
- line 63: 'Attacks([FGSM](arXiv 1702.02284),[Strategically-Timed Attack ＆ Enchanting Attack](1703.06748),
  [Trojan Attacks](1903.06638),[Adversarial policies](1905.10615)) in DRL', one cell naming four papers
  by nickname: four entries on line 63, each with title null and the arXiv id of its own link (set
  from the link, since the line's first id belongs to the first one only).
- line 54: the link has a space after '(' ('( https://arxiv.org/abs/1911.07135)'), still a link.
Not entries: Slides and Notes links (local files, one NDSS slides PDF on line 76), presenter links,
the notes template link (line 39).
Count check: 12 + 8 = 20 table rows = 19 paper rows (one with four papers) + 1 course row;
entries = 18 + 4 = 22.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "Cubernet__group-study__reading__index@c27cac5.md"
PART = "wild25_development"
NOT_PAPER = {57}
NICKNAME = {62}


def main() -> None:
    lines = read_lines(NAME)
    rows = [i for i, t in enumerate(lines, 1) if re.match(r"\| 20\d\d\.\d", t)]
    assert rows == list(range(52, 64)) + list(range(71, 79)), rows
    papers = []
    for i in rows:
        if i in NOT_PAPER:
            continue
        paper = lines[i - 1].split("|")[2].strip()
        if i == 63:
            links = re.findall(r"\[([^\]]+)\]\((https?://arxiv\.org/abs/([0-9.]+))\)", paper)
            assert [a for _, _, a in links] == ["1702.02284", "1703.06748", "1903.06638", "1905.10615"], links
            for _, _, arxiv in links:
                p = entry(lines, i, i, None)
                p["arxiv"] = arxiv
                papers.append(p)
            continue
        m = re.fullmatch(r"\[(.+?)\]\(\s*(https?://\S+?)\)", paper)
        assert m, (i, paper)
        title = None if i in NICKNAME else m.group(1)
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 22, len(papers)
    write_truth(NAME, PART, papers,
                "every paper row of the two reading-group tables (lines 52-63, 71-78) is an entry, title = the Paper"
                " cell's link text; the course-page row (57) is not; the nickname row (62) has title null; the cell"
                " naming four papers by nickname (63) gives four entries with null titles and their own arXiv ids",
                "all 20 rows read by eye, every title and id compared with its line; venue links of the Paper"
                " Selection list, slides/notes/presenter links checked not to be taken")


if __name__ == "__main__":
    main()

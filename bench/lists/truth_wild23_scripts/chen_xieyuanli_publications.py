"""Wild23 truth for Chen-Xieyuanli/Chen-Xieyuanli.github.io _pages/includes/pub.md: a robotics
researcher's publication page (AcadHomepage Jekyll include), each paper a bullet followed by an HTML
block holding a collapsible BibTeX entry, PDF link and GitHub-stars badge.

Shape: '.<span id="publications"></span>', '# 📝 Publications', then one '##  YEAR' heading per year
(2026 ... 2019, headings on lines 4-2985, last record ending on line 3007).  Each record is a bullet '- [Title](url)' (indent 0-1 space; line 1250
writes '-  [' with two spaces), then, indented 2-4 spaces: '<div class="pub-links">', '<details
class="bibtex-details">', '<summary class="bibtex-button">[BibTeX]</summary>', '<div
class="bibtex-block">', '<pre><code>@ARTICLE{key,' BibTeX lines ... '}</code></pre>', '</div>',
'</details>', '<a href=... class="pub-link">[PDF]</a>', optional '[Web]' link and
'<a href="github"><img src="https://img.shields.io/github/stars/...">' badge, '</div>', a blank line, an
italic venue line '*IEEE Transactions on Robotics **(T-RO)***', a blank line, and the author line with
the owner as '**<u>Xieyuanli Chen</u>**'.
Five bullets also carry '[[PDF]](url)' and a stars badge on the bullet line itself (lines 1598, 1910,
1930, 2106, 2380); the title is still the first link's text.
Entry: every bullet (136; 136 <summary> BibTeX blocks, one per bullet, so the BibTeX entries belong to
their bullets and are not separate entries); lines from the bullet to the last non-blank line before
the next bullet or year heading.  Title = the bullet's link text as written (the BibTeX 'title={...}'
often differs in case or wording, e.g. line 2986 'SuMa++: Efficient LiDAR-based Semantic SLAM' vs
'Suma++: ...'; not used).  Line 1192: the BibTeX of the MRMT-PR record (bullet line 1187) carries the
title of the record before it ('Efficient Multimodal 3D Object Detector ...', a copy-paste slip); still
one record, titled by its bullet.  Line 2195 misspells the owner 'Xieyunali' in the author line.
ids: the first arXiv id in the record's lines (title link or [PDF] link); DOIs only from the Springer
and Wiley URLs that contain one (6 records; no BibTeX block has a doi field in this version).  Not entries: the headings and the <span> anchor.
Count check: 136 bullets, 136 BibTeX <summary> buttons, 136 '@type{' lines; year sections in order.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "Chen-Xieyuanli__Chen-Xieyuanli.github.io___pages__includes__pub@5ff50ce.md"
PART = "wild23_development"
BULLET = re.compile(r"^ ?-\s+\[([^\]]+)\]\((\S+?)\)")


def main() -> None:
    lines = read_lines(NAME)
    starts = [i for i, t in enumerate(lines, 1) if re.match(r"^ ?- ", t)]
    heads = [i for i, t in enumerate(lines, 1) if t.startswith("#")]
    bounds = sorted(starts + heads + [len(lines) + 1])
    papers = []
    for s in starts:
        m = BULLET.match(lines[s - 1])
        assert m, s
        nxt = next(b for b in bounds if b > s)
        e = nxt - 1
        while not lines[e - 1].strip():
            e -= 1
        own = lines[s - 1 : e]
        assert sum("<summary" in t for t in own) == 1, s
        assert sum(bool(re.search(r"@[A-Za-z]+\{", t)) for t in own) == 1, s
        assert re.search(r"\*\*(<u>)?Xie\w+ Chen", own[-1]), s  # the author line closes the record
        papers.append(entry(lines, s, e, m.group(1)))
    assert len(papers) == 136, len(papers)
    assert sum("<summary" in t for t in lines) == 136
    write_truth(NAME, PART, papers,
                "every '- [Title](url)' bullet under the year headings is an entry, its lines running through its"
                " HTML block (collapsible BibTeX, [PDF] link, stars badge), venue and author lines; title = the"
                " bullet's link text; the BibTeX inside each block belongs to its bullet and is not a separate entry",
                "all 136 bullets and titles printed and read against the file, first and last record of each year,"
                " about 20 records read in full with their BibTeX, venue and author lines; every bullet title"
                " compared with its BibTeX title (two differences read: line 484's spaced 'title = {', line 1187's"
                " copied BibTeX); every arXiv id found in its record's lines; the 6 DOIs checked against their"
                " Springer/Wiley URLs; the '-  [' bullet on line 1250 and the five bullets with inline [[PDF]] links")


if __name__ == "__main__":
    main()

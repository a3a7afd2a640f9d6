"""Wild28 truth for dmarx/anthology-of-modern-ml README.md: a personal "anthology" of influential
machine-learning papers, organised as topic bullets with dated paper sub-bullets.

Shape: '#'/'##' area headings; under them top-level '* topic' bullets (many topics have no papers);
the papers are sub-bullets '  * YYYY - ["Title"](url) - Author, Author' (two-space indent; four spaces
on 55, 335, 337 under a sub-topic).  The year is glued as 'YYYY -' ('2021 -["...' on 412, 637) and the
title sits inside a link, usually wrapped in straight quotes ('["Title"](url)'), sometimes not
('[Title](url)', e.g. 47, 103, 125, 252), sometimes with only an opening quote (411, 456), or as a
quoted title with no link ('"Title"' on 82, 83, 93, 427, 447, 464).  A nickname can sit between year
and title ('(AdaBoost)' 28, '(ID3)' 77, '(DQN)' 226) and line 270 has a parenthesised note there.
Title = the first link's text (else the first quoted span) with the wrapping quotes removed.
Entries: every dated sub-bullet whose subject is a scholarly work (papers, preprints, theses 134 and
225 and 350, technical reports such as the Netflix Prize solutions 384-386, the Netflix Prize KDD
workshop paper 383); line 107 ('1947 - Simplex Algorithm (?) - George Dantzig') names the work only by
a nickname, so its title is null; line 51 (a bare URL of Dasgupta's random-projection paper PDF) is an
entry with a null title; in the last section, 'Development of attention mechanisms', the top-level
bullets are papers themselves: 643-645 bare arXiv URLs (null titles) and 646 'Attention is all you
need' (title, no link).  Line 134 drops the label '(thesis)' after the title.  Line 103's record
continues on line 104 (the rest of the author list), so it spans 103-104.
Not entries: topic bullets and sub-topic labels (54, 334, 336), comments ('see also ...', 52, 146,
156, 160, 179, 206, 352, 583), Wikipedia links (368, 465), the OpenAI PPO blog (230), Karpathy's blog
(489), and four dated sub-bullets whose subject is not a scholarly work: 78 (CART, a 1984 book; the
record links a 2011 'topic summary' in lieu of the book without naming it), 278 (Inceptionism, a
Google AI blog post), 400 (Horace He's 'Making Deep Learning Go Brr' web essay), 528 (Sutton's 'The
Bitter Lesson' web essay).  The header notes on lines 1-3 and the 'Good list here' / 'largely via'
lines (219, 641) are not entries.
Ids: arXiv abs/pdf links incl. old-style ids (cond-mat/0408187 118, physics/0004057 424, cs/0412108
344, cs/0610105 387); DOIs inside Springer, Project Euclid, PNAS and Taylor & Francis URLs (26, 35, 75,
77, 152, 223, 410, 462); the CiteSeerX 'doi=10.1.1.x' query parameters on 43 and 494 are CiteSeerX
document ids, not DOIs (10.1 is no DOI prefix), so their doi is set to null; ScienceDirect pii and
the AMS article id (144) are not DOIs.
Count check: 227 indented '*' sub-bullets = 211 dated + 16 others; 211 - 4 non-scholarly dated + 1 (51)
= 208, plus the 4 top-level paper bullets 643-646 = 212 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild28 import entry, read_lines, write_truth

NAME = "dmarx__anthology-of-modern-ml__README@34f4366.md"
PART = "wild28_development"
NOT_SCHOLARLY = {78, 278, 400, 528}
NULL_TITLE = {51, 107, 643, 644, 645}
CITESEERX = {43, 494}


def title_of(text: str) -> str:
    m = re.search(r"\[([^\]]+)\]\(", text)
    if m:
        t = m.group(1)
    else:
        m = re.search(r'"([^"]+)"', text)
        assert m, text
        t = m.group(1)
    t = t.strip().strip('"').strip()
    return re.sub(r"\s*\(thesis\)$", "", t)


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    sub = dated = 0
    for i, text in enumerate(lines, 1):
        if re.match(r"\s+\* ", text):
            sub += 1
            is_dated = bool(re.match(r"\s+\*\s+(1[89]|20)\d\d ?-", text))
            dated += is_dated
            if i in NOT_SCHOLARLY or not (is_dated or i in NULL_TITLE):
                continue
        elif i in (643, 644, 645, 646):
            assert text.startswith("* ")
        else:
            continue
        end = 104 if i == 103 else i
        p = entry(lines, i, end, None if i in NULL_TITLE else (text[2:] if i == 646 else title_of(text)))
        if i in CITESEERX:
            assert p["doi"] is None or p["doi"].startswith("10.1.1."), p
            p["doi"] = None
        papers.append(p)
    assert (sub, dated) == (227, 211), (sub, dated)
    assert len(papers) == 212, len(papers)
    write_truth(NAME, PART, papers,
                "every dated paper sub-bullet ('YYYY - [\"Title\"](url) - Authors') whose subject is a scholarly work"
                " is an entry, plus the bare paper URL on 51 and the four paper bullets of the last section"
                " (643-646); title = the link text (else the quoted title) without its quotes, null for bare URLs and"
                " the 'Simplex Algorithm (?)' nickname; a book (CART), a blog post and two web essays are not entries;"
                " CiteSeerX doi= parameters are not DOIs",
                "all 227 sub-bullets and the 4 last-section bullets read by eye and sorted; every title checked"
                " against its line (quote variants 411/456, unlinked quoted titles, nicknames 28/77/226, note on"
                " 270, '(thesis)' on 134, underscores kept on 367); the two-line record 103-104; old-style arXiv ids"
                " (118, 344, 387, 424) and publisher-URL DOIs (26, 35, 75, 77, 152, 223, 410, 462) checked")


if __name__ == "__main__":
    main()

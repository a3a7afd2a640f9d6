"""Wild26 truth for dcavar/nlp-lab.github.io quantumnlp/README.md: the page of the Quantum AI (Quantum
NLP) study group of the Indiana University NLP Lab, a reading group's page mixed with its own
work.

Shape: a Markdown page with a meeting-schedule table (lines 17-34: dates and topics, no papers),
links to past schedules, a 'News' bullet list (lines 53-65), 'Events' (70-72), a TOC, an
introduction, 'Most Recent' (lines 107-113: the group's own papers and posters), 'Literature'
with '### Papers:' ('Papers we have read include:', lines 126-139), '### Books:' (lines 145-157,
not entries), then tools, tutorials, conferences, jobs, cloud services, links, news sites (not
entries) and reference-style link definitions for author names and tools (lines 233-240).
Records:
  - read papers (126-139): 'Authors (year) [Title](url).'; title = the link text (line 139 wraps
    the link in italics).  Line 138 (Bob Coecke's Medium post) is a blog post, not an entry.
  - own work in 'Most Recent' and 'News': 'Authors (year) Title. Venue/status ...' with the title
    as plain text (lines 53, 59, 60, 63, 107-110), in italics ending with '.' (111, 112) or as a
    link (113, 'NLP-Lab poster (2024) [Title](pdf)').  The author name is often itself a
    reference-style link ('[Cavar, D.]', '[Damir Cavar]'), which is not a title.  Title = the text
    after '(year) ' up to the '. ' that starts the venue/status; line 53's title ends in a link
    ('... for AI - [CBIRD](url)'), kept as rendered text.
Decisions: papers, short papers, papers 'to be presented', an 'Unpublished' work with its poster
(108) and posters cited like publications with authors, year and title (53, 113) are entries;
talks and presentations (54 speaker series talk, 57 iQafé presentation, 58 presentation slides),
events, conferences, the CBIRD model announcement (56), the NLQK software launch (65), books,
tutorials and blog posts are not.  The same work listed in 'News' and 'Most Recent' (59/107,
60/109) gives two entries (repeated records are separate entries).
Count check: 4 own-work records in News + 7 in Most Recent + 13 read papers = 24 entries;
11 arXiv ids (all in the read papers), 1 DOI (Springer chapter, line 127).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild26 import entry, read_lines, write_truth

NAME = "dcavar__nlp-lab.github.io__quantumnlp__README@759edda.md"
PART = "wild26_development"
NEWS_WORKS = [53, 59, 60, 63]
NEWS_NOT = [54, 55, 56, 57, 58, 61, 62, 64, 65]
RECENT = list(range(107, 114))
READ = list(range(126, 140))
READ_NOT = [138]
TITLE_END = r"\. (?=Poster|Short paper|Paper|IEEE Quantum|Unpublished|Satellite|Luddy)"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[50] == "## News" and lines[104].startswith("## Most Recent") and lines[121] == "### Papers:"
    news = [i for i in range(52, 67) if lines[i - 1].startswith("- ")]
    assert news == sorted(NEWS_WORKS + NEWS_NOT), news
    assert [i for i in range(106, 116) if lines[i - 1].startswith("- ")] == RECENT
    assert [i for i in range(125, 142) if lines[i - 1].startswith("- ")] == READ
    papers = []
    for i in NEWS_WORKS + RECENT:
        text = lines[i - 1]
        m = re.search(r"\(\d{4}\) \*(.+?)\* ", text) or re.search(r"\(\d{4}\) (.+?)" + TITLE_END, text)
        assert m, i
        title = m.group(1)
        if title.startswith("[") and title.endswith(")"):  # line 113: the title is a link
            title = re.match(r"\[([^\]]+)\]\(", title).group(1)
        papers.append(entry(lines, i, i, title))
    for i in READ:
        if i in READ_NOT:
            continue
        m = re.search(r"\(\d{4}\) \*?\[([^\]]+)\]\(", lines[i - 1])
        assert m, i
        papers.append(entry(lines, i, i, m.group(1)))
    assert len(papers) == 24, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 11 and sum(1 for p in papers if p["doi"]) == 1
    write_truth(NAME, PART, papers,
                "the 13 papers under 'Papers we have read include' (title = link text; a Medium post excluded) and"
                " the group's own papers and posters cited as 'Authors (year) Title. Venue' in 'News' and 'Most"
                " Recent' (title = the text after the year up to the venue/status sentence) are entries; talks,"
                " presentations, events, software and model announcements, books, tutorials and link lists are not",
                "every bullet of News, Events, Most Recent, Papers and Books read by eye and sorted; all 24 titles"
                " checked against their lines (incl. the linked 'CBIRD' tail on line 53 and italic titles on"
                " 111-112); the 11 arXiv ids and the Springer chapter DOI checked")


if __name__ == "__main__":
    main()

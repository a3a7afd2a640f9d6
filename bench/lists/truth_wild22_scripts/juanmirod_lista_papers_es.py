"""Wild22 truth for juanmirod/juanmirod.github.io _posts/2018-08-22-lista-de-papers.markdown.

A Spanish Jekyll blog post 'Listado de papers interesantes': two paragraphs of Spanish prose, then
20 '+ ' bullets separated by blank lines, no order, no authors except in Spanish or English
phrases after the title ('de Feynman', 'de Dijkstra', 'de Corbato', ', by Alan Kay', ', Alan kay').
Titles are mostly plain text, some linked ('+ [Title](url)'); the file is '.markdown'.
Title = the paper's name as written, without the author phrase and without the Spanish comment
after it (TITLES below, one per bullet, written from the file).
Special records:
  - line 19 '[Worlds, Alan kay](google redirect to vpri.org tr2011001) ver también [url](...)':
    title 'Worlds' (the ', Alan kay' is the author); the 'see also' bare URL to a second VPRI
    report names no title and is not counted as a second entry.
  - line 37 names two papers: 'Computers Are Social Actors' and, after 'y un estudio que ahonda en
    este tema diferenciando el medio:', 'Social Responses to Computers in Cloud Computing
    Environment: The Importance of Source Orientation' -> two entries on the same line.
  - line 39 'Hexastore: ...' followed by ', comentado por el creador de Redis aquí: url'.
  - lines 47 and 49-61: 'Out of the tarpit' with a link to the author's review (blog, not an
    entry); 'A Few Billion Lines of Code Later ...' with a Spanish comment and indented quotes
    (lines 51-61) belonging to that bullet.
  - line 63 '[On the concecuences of literacy](pdf)': title kept with the file's spelling.
  - essays and published lectures the author lists as papers are entries: Feynman's 'Cargo Cult
    Science' (line 21), Dijkstra's 'The Humble programmer' (25), Corbato's Turing lecture (27).
Not entries: line 23 'Upgrade your cargo cult for the win' (a blog post on meaningness.com,
'relacionado con el anterior'); line 45 'Número de la revista Arbor del CSIC sobre Alan Turing'
(a whole journal issue, not one work).  Prose lines 9 and 11 and the front matter.
No arXiv ids or DOIs (links go to ai.google, google redirect, cacm.acm.org, local PDFs).
Count check: 20 bullets - 2 non-papers = 18 paper bullets, line 37 counted twice = 19 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "juanmirod__juanmirod.github.io___posts__2018-08-22-lista-de-papers@88809d0.md"
PART = "wild22_development"
NOT_PAPERS = {23, 45}
TITLES = {
    13: ["Should computers learn like humans?"],
    15: ["Yedalog: exploring knowledge at scale"],
    17: ["Meta-Interpretive Learning from noisy images"],
    19: ["Worlds"],
    21: ["Cargo Cult Science"],
    25: ["The Humble programmer"],
    27: ["On Building systems that will fail"],
    29: ["Programming your own computer"],
    31: ["Natural Language Input for a Computer Problem Solving System"],
    33: ["A Few Useful Things to Know about Machine Learning"],
    35: ["Modeling Curiosity in a Mobile Robot for Long-Term Autonomous Exploration and Monitoring"],
    37: ["Computers Are Social Actors",
         "Social Responses to Computers in Cloud Computing Environment: The Importance of Source Orientation"],
    39: ["Hexastore: Sextuple Indexing for Semantic Web Data Management"],
    41: ["Elephants don't play chess"],
    43: ["On the Origin of Deep Learning"],
    47: ["Out of the tarpit"],
    49: ["A Few Billion Lines of Code Later: Using Static Analysis to Find Bugs in the Real World"],
    63: ["On the concecuences of literacy"],
}
LAST = {49: 61}


def main() -> None:
    lines = read_lines(NAME)
    bullets = [i for i, t in enumerate(lines, 1) if t.startswith("+ ")]
    assert len(bullets) == 20, bullets
    assert set(bullets) == set(TITLES) | NOT_PAPERS, bullets
    papers = []
    for i in bullets:
        if i in NOT_PAPERS:
            continue
        for title in TITLES[i]:
            assert title in lines[i - 1], (i, title)
            papers.append(entry(lines, i, LAST.get(i, i), title))
    assert all(re.match(r"    |$", lines[k - 1]) for k in range(50, 62))
    assert len(papers) == 19, len(papers)
    write_truth(NAME, PART, papers,
                "each '+ ' bullet naming a paper is an entry, title = the paper's name without the author phrase"
                " ('de Feynman', ', by Alan Kay') or Spanish comment; line 37 names two papers (two entries); a"
                " blog post (line 23) and a journal issue (line 45) are not entries",
                "all 20 bullets read by eye; each hand-written title asserted to occur in its line; the see-also"
                " URL on line 19, the review link on 47 and the quotes under line 49 (50-61) checked")


if __name__ == "__main__":
    main()

"""Wild45 truth for benelot/awesome-biologically-plausible-neural-networks README.md: a small awesome list of
biologically plausible learning (alternatives to backprop) papers drawn from a Bern neuroscience group's journal
clubs; newest commit (fbe501d, 2022-05-09).

Shape: 68 lines.  Title, awesome badge, intro (1-11) with two journal-club pad links as bullets (8-9) and a pointer
to another awesome list; ``## Challenges for backprop to be biologically plausible`` (13) with nine plain bullets
of open problems (14-22), not papers; four ``###`` paper sections: General (24, 25-37), Predictive Coding (39,
40-41), Energy-based Models (44, an italic blurb 45, 47-52), Bioplausible learning in recurrent neur(on)al networks
(55, 57-65); then ``## Contributing and Collaborating`` (67-68).  Every paper is a ``* YEAR | ...`` bullet, but what
follows the year varies:
- an APA reference ``Authors (2017). Title. Venue, vol, pages.`` (most of General, Predictive Coding, RNN), some
  ending in ``arXiv preprint arXiv:NNNN.NNNNN`` (plain text, no link) or a backtick-labelled link (37);
- ``Title [`pdf`](url)`` / ``Title [`arxiv`](url)`` (all of Energy-based Models);
- ``Authors, Title`` with the arXiv link on a lazy continuation line (26-27), ``Authors: Title`` with a bare
  proceedings URL on the next line (64-65), ``Title https://...`` with a bare URL (59);
- a label before the reference: ``RTRL (Real-Time Recurrent Learning) Original paper: R. J. Williams and D.
  Zipser, “Title,” Neural computation, ...`` (57, IEEE style with curly quotes), ``Application to SNN: Zenke, F.,
  ... (2021). Title. ...`` (58).
The YEAR tag is the list's own and sometimes wrong (26 says 2010 for a 2020 preprint); the RNN section is not in
year order.

Special cases:
- 58 writes its DOI with a space inside (``https://doi.org/10.1109/JPROC. 2020.3045625``); the entry's DOI is taken as
  the DOI the record names, ``10.1109/jproc.2020.3045625`` (the space is a typo; cutting at it would leave the
  non-DOI ``10.1109/jproc``).
- 50's MIT Press link holds the DOI ``10.1162/NECO_a_00949`` (lower-cased); 49/59 are Nature article ids (no DOI).
- The same papers recur in different forms (Equilibrium propagation 29/48, Dendritic cortical microcircuits 32/51,
  Whittington & Bogacz 40/50); separate entries.

Decisions:
- Entry = each ``* YEAR |`` bullet (28) through its continuation line if any (26-27, 64-65); title = the title part
  of whatever reference form the bullet uses (APA: the text after ``(YEAR). `` up to the sentence end; IEEE: inside
  the curly quotes; ``Authors, Title`` / ``Authors: Title``: after the author list; link form: the text before the
  `` [`pdf`]``/`` [`arxiv`]`` label or the bare URL), without the year tag, authors, labels or venue.
- Not entries: badge, intro, pad links 8-9, the Challenges bullets, the italic blurb 45, the Contributing section.
"""
import re

from _wild45 import entry, read_lines, write_truth

NAME = "benelot__awesome-biologically-plausible-neural-networks__README@fbe501d.md"
PART = "wild45_development"

ITEM = re.compile(r"^\* (?P<year>\d{4}) \| (?P<rest>.+)$")
APA = re.compile(r"\(\d{4}\)\. (?P<t>.+?[.?!])(?: |$)")
LINKED = re.compile(r"^(?P<t>[^\[]+?) \[`(?:pdf|arxiv)`\]\(")
BARE = re.compile(r"^(?P<t>[^:]+?) https?://")
IEEE = re.compile(r"“(?P<t>[^”]+?),?”")
# 'Authors, Title' (26) and 'Authors: Title' (64): the author list is known from the line.
AUTHORS_FIRST = {
    26: "Bernd Illing, Jean Ventura, Guillaume Bellec, Wulfram Gerstner, ",
    64: "Colin Bredenberg, Benjamin Lyo, Eero Simoncelli, Cristina Savin: ",
}
DOI_FIX = {58: "10.1109/jproc.2020.3045625"}


def title_of(n: int, rest: str) -> str:
    if n in AUTHORS_FIRST:
        assert rest.startswith(AUTHORS_FIRST[n]), (n, rest)
        return rest[len(AUTHORS_FIRST[n]):]
    m = IEEE.search(rest)
    if m:
        return m.group("t")
    m = APA.search(rest)
    if m:
        return m.group("t")
    m = LINKED.match(rest) or BARE.match(rest)
    assert m, (n, rest)
    return m.group("t")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome Biologically Plausible Neural Networks"
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not re.match(r"^\* \d{4}", ln), (n, ln)
            continue
        last = n
        if n < len(lines) and lines[n].strip() and not lines[n].startswith(("*", "#")):
            last = n + 1
        p = entry(lines, n, last, title_of(n, m.group("rest")))
        if n in DOI_FIX:
            assert p["doi"] == "10.1109/jproc", p
            p["doi"] = DOI_FIX[n]
        papers.append(p)
    t = {p["line"]: p for p in papers}
    assert t[25]["title"] == "Equivalence of Backpropagation and Contrastive Hebbian Learning in a Layered Network", t[25]
    assert (t[26]["end"], t[26]["arxiv"]) == (27, "2010.08262"), t[26]
    assert t[41]["title"].startswith("Can the brain do backpropagation?—exact"), t[41]
    assert t[47]["title"] == "Learning by the Dendritic Prediction of Somatic Spiking", t[47]
    assert t[57]["title"] == "A learning algorithm for continually running fully recurrent neural networks", t[57]
    assert t[58]["title"] == "Brain-Inspired Learning on Neuromorphic Substrates", t[58]
    assert t[59]["title"] == "A solution to the learning dilemma for recurrent networks of spiking neurons", t[59]
    assert (t[64]["end"], t[64]["title"]) == (65, "Impression learning: Online representation learning with synaptic plasticity")
    assert t[50]["doi"] == "10.1162/neco_a_00949", t[50]
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '* YEAR | ...' bullet is an entry (28), with its lazy continuation line (26-27, 64-65); title = the"
        " title part of the bullet's reference form (APA after '(YEAR). ', IEEE inside curly quotes, after the author"
        " list in 'Authors, Title'/'Authors: Title', before the [`pdf`]/[`arxiv`] label or bare URL); the Challenges"
        " bullets, pad links and blurbs are not entries; 58's DOI written with a space is joined.",
        "Read the whole 68-line file and compared all 28 -v lines: every bullet of the four sections (25-37, 40-41,"
        " 47-52, 57-65), the continuation lines 27 and 65, the labelled references 57 (RTRL, IEEE quotes) and 58"
        " (Application to SNN), the bare-URL item 59, '?' kept inside 41, recurring papers 29/48, 32/51, 40/50; ids:"
        " arXiv from 'arXiv preprint arXiv:' text (30, 32-35, 61) and links (26-27, 37, 48, 51), DOIs 50 (MIT Press"
        " link) and 58 (space-split DOI joined), none for Nature/Elsevier linkinghub links.",
    )


if __name__ == "__main__":
    main()

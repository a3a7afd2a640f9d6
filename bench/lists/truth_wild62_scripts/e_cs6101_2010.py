"""Wild62 truth for WING-NUS/cs6101 _pages/past-semester-2010.md at 6f32570: the archived schedule of the NUS
"Web, IR and NLP" public reading group (CS6101) for AY2020/21 Semester I, "Advanced General NLP Topics II".

Shape: 344 lines.  Jekyll front matter (1-6) and two intro lines (8-11), then one HTML table in the Markdown
(13-344): per week a ``<tr>`` with the date cell and a description cell holding a ``<strong>`` topic, a YouTube
``<iframe>``, lecturers, slide/scribe links and ``Reading List:`` followed by ``<UL>``/``<ul>`` items
(37-39, 63-66, 89-93, 116-119, 142-144, 167-174, 197-200, 223-226, 249-254, 277-280, 303-306, 329-331).  The
week-13 row (337-343) has no readings.

Item shapes:
- ``<LI> Sutskever, Vinyals, & Le. (2014) “<title>.” : <a href=url>url</a> [ <a ...>Video Segment ...</a> ]``
  (37-39, curly or straight quotes, period inside the quotes);
- ``<LI> <label> : <A HREF=url> url </a> [video]`` (63-66, 89-93), where the label is a topic (63 ``Decoding, Beam
  Search``, 64 ``Attention Mechanism`` with two arXiv links), a model name (65 ``CopyNet``, 66 ``Sequicity``, 89
  ``SeqGAN``) or the full title (90-93);
- ``<li><authors> (<year>) "<title>" <A HREF=url>url</A> <venue> [video]`` (116 onwards; 250-254 and 277-280
  have no space before ``<A``; 200 has a space after the opening quote).

Special cases:
- 64 names two papers by bare arXiv links under one topic: two entries (same line), titles None, ids 1409.0473
  and 1706.03762 taken from each link.  63 (topic label only): title None.  Model-name labels (65, 66, 89) are
  kept as the title, as written.
- Copy-paste errors in the ids: several items show one arXiv id in the href and another as link text.  Where
  one of the two belongs to the titled paper it is used: 93 (href 1912.02164, text 1905.02450 of MASS) ->
  1912.02164; 142 (href 1808.10122 of Wiseman et al., text 1505.07818) -> 1505.07818; 223 (href 2005.01218 of
  Yadav et al., text 1911.06137) -> 1911.06137; 224 -> 1908.09209 and 225 -> 2002.09599 (href right, text
  1911.06137 wrong); 226 (ACM DOI href, arXiv 1911.06137 text) -> DOI 10.1145/3366423.3380270, no arXiv; set by
  hand.  90 links only SeqGAN's id 1609.05473 (twice): kept as written.
- 331 writes the word Bias between backticks; the entry helper drops them as markup (``... Survey of Bias in NLP``).
- 170-171 link OpenAI blog pages for the GPT papers; they are still paper entries (titles given).
- 249 ``Introduction to Conversational Recommender Systems`` with only a video link is a lecture segment, not a
  paper.  Slide, scribe-note, video and STEPS links are not entries.

Decisions: entry = each reading-list ``<li>`` naming or linking a paper (52 entries on 51 lines).  Title = the
quoted title without quotes or final period; for ``label : url`` items the label when it is a title or model
name, None for topic labels.
"""
import re

from _wild62 import arxiv_of, entry, read_lines, write_truth

NAME = "WING-NUS__cs6101___pages__past-semester-2010@6f32570.md"
PART = "wild62_held_out"

LI = re.compile(r"^\s*<li>\s*(.*)$", re.IGNORECASE)
QUOTED = re.compile(r"[\"“]\s*(.+?)\s*[\"”]")
LABEL = re.compile(r"^(.+?)\s+:\s+<a ", re.IGNORECASE)
TOPIC_LABELS = {"Decoding, Beam Search", "Attention Mechanism"}
NOT_ENTRIES = {249}
# (line) -> (arxiv, doi) where href and link text disagree; the id of the titled paper
IDS = {
    93: ("1912.02164", None),
    142: ("1505.07818", None),
    223: ("1911.06137", None),
    224: ("1908.09209", None),
    225: ("2002.09599", None),
    226: (None, "10.1145/3366423.3380270"),
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = LI.match(ln)
        if not m or n in NOT_ENTRIES:
            continue
        body = m.group(1)
        q = QUOTED.search(body)
        lab = LABEL.match(body)
        if q and (not lab or q.start() < lab.end()):
            titles = [q.group(1).rstrip(".")]
        else:
            label = lab.group(1).strip()
            if label in TOPIC_LABELS:
                hrefs = re.findall(r'href="([^"]+)"', body, re.IGNORECASE)
                papers_here = [h for h in hrefs if "arxiv.org" in h]
                titles = [None] * len(papers_here)
            else:
                titles = [label]
        for i, title in enumerate(titles):
            p = entry(lines, n, n, title)
            if len(titles) > 1:
                p["arxiv"] = arxiv_of(papers_here[i])
            if n in IDS:
                p["arxiv"], p["doi"] = IDS[n]
            papers.append(p)
    assert len(papers) == 52, len(papers)
    on: dict[int, list] = {}
    for p in papers:
        on.setdefault(p["line"], []).append(p)
    assert len(on) == 51, len(on)
    assert [p["arxiv"] for p in on[64]] == ["1409.0473", "1706.03762"], on[64]
    assert on[63][0]["title"] is None and on[63][0]["arxiv"] == "1409.3215", on[63]
    assert on[37][0]["title"] == "Sequence to sequence learning with neural networks", on[37]
    assert on[39][0]["title"] == "Attention is all you need" and on[39][0]["arxiv"] is None, on[39]
    assert on[65][0]["title"] == "CopyNet" and on[89][0]["title"] == "SeqGAN", (on[65], on[89])
    assert on[90][0]["arxiv"] == "1609.05473", on[90]
    assert on[142][0]["title"] == "Domain-Adversarial Training of Neural Networks", on[142]
    assert on[199][0]["title"] == "Harvesting and Refining Question-Answer Pairs for Unsupervised QA", on[199]
    assert on[200][0]["title"].startswith("Logic-Guided Data Augmentation"), on[200]
    assert on[250][0]["title"] == "Q&R: A Two-Stage Approach toward Interactive Recommendation", on[250]
    assert on[252][0]["doi"] == "10.1145/3336191.3371769", on[252]
    assert on[254][0]["title"] == "Towards Explainable Conversational Recommendation", on[254]
    assert on[331][0]["title"] == "Language (Technology) is Power: A Critical Survey of Bias in NLP", on[331]
    assert 249 not in on
    write_truth(
        NAME,
        PART,
        papers,
        method="Each reading-list <li> in the HTML schedule table that names or links a paper is one entry (52 on 51"
        " lines; 64 'Attention Mechanism : <arXiv> <arXiv>' gives two).  Title = the quoted title without quotes or"
        " final period; for 'label : url' items the label when it is a paper title or model name (CopyNet,"
        " Sequicity, SeqGAN), None for topic labels (63, 64).  ids from the item; where the href and the shown"
        " link text carry different ids (copy-paste errors), the id of the titled paper is set by hand (93, 142,"
        " 223-226); 90's only id (SeqGAN's) is kept as written.  249 (lecture intro with only a video link),"
        " slides, scribe notes, videos and the STEPS link are not entries.",
        checked="Read the whole 344-line file; compared the -v output with every <li> of the 12 reading lists:"
        " quote styles and trailing periods (37-39, 199, 200, 254), the label items 63-66 and 89-93, the two-link"
        " line 64, the href/text id mismatches and their hand-set ids, the DOI items 226 and 252, and that 249 is"
        " absent.",
    )


if __name__ == "__main__":
    main()

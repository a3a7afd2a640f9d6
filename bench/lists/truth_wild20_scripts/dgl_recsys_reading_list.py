"""Wild20 truth for DeepGraphLearning/RecommenderSystems 'readingList.md': a research group's reading list
on recommender systems, kept next to the code of the group's own RecSys papers ("We only list those we
have read or we are aware of").

Shape: '## Topic' sections (11: Survey, General Methods, Social, Sequential, Feature-based (CTR),
Knowledge Graph-based, Reinforcement Learning, POI, Cold-Start, Security/Robutness, Causal) over
one-line bullets '* Title. Venue'YY. ([paper](url))([code](url))'.  Every bullet is an entry (195;
per section 11/32/26/26/17/19/18/23/3/7/13, counted with awk and by eye); papers listed in two
sections (the two KG/RL papers, 'Collaborative Filtering with Social Exposure…') are separate
entries.  Title = the text before the venue tag: the venue is the dot-free segment between the last
two '.' before '([paper]' ('KDD'18', 'AAAI2019', 'AAAI'2019', 'UAI Workshop'16', 'IEEE INTERNET
COMPUT'03', 'SIGSPATIAL’14', 'IJCAI' without a year, a bare '2013'); dots inside titles ('Amazon.com
recommendations') stay, and missing spaces ('Approach.RecSys'16.', 'Networks.VLDB'11.([paper]')
are handled.  One bullet (line 61) has no venue: 'Title. ([paper](url))'.  Ids come from the
bullet's own paper/code links (arXiv pdf/abs links, some with a version, and a dl.acm.org/doi URL).
"""
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "DeepGraphLearning__RecommenderSystems__readingList@e07370a.md"
PART = "wild20_development"
EXPECTED = {"Survey": 11, "General Methods": 32, "Social Recommendation": 26, "Sequential Recommendation": 26,
            "Feature-based Recommendation (CTR Prediction)": 17, "Knowledge Graph-based Recommendation": 19,
            "Reinforcement Learning for Recommendation": 18, "POI Recommendation": 23,
            "Cold-Start Recommendation": 3, "Security/Robutness of RecSys": 7, "Causal Recommendation": 13}
VENUE = re.compile(r"^(?:[A-Za-z][A-Za-z ]*?(?:['’]?\d{2,4})?|\d{4})$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: Counter[str] = Counter()
    venues: Counter[str] = Counter()
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        if not text.startswith("* "):
            continue
        m = re.match(r"\* (.+)\.\s*([^.]*?)\.\s*\(\[paper\]", text)
        if m and m.group(2).strip():
            title, venue = m.group(1), m.group(2).strip()
            assert VENUE.match(venue), (i, venue)
            venues[venue] += 1
        else:
            assert i == 61, i
            title = re.match(r"\* (.+?)\.\s*\(\[paper\]", text).group(1)
        papers.append(entry(lines, i, i, title))
        per[section] += 1
    assert dict(per) == EXPECTED, per
    assert len(papers) == 195
    if "-v" in sys.argv:
        print(sorted(venues))
    write_truth(NAME, PART, papers,
                "every '* Title. Venue'YY. ([paper](url))…' bullet under the 11 topic sections is an entry; title = text"
                " before the venue tag (the dot-free segment between the last two '.' before '([paper]'), the one"
                " venue-less bullet titled by the text before '. ([paper]'",
                "per-section counts 11/32/26/26/17/19/18/23/3/7/13 = 195; the list of extracted venue tags read in full"
                " (no title text leaked into a venue); titles checked by eye for the first and last bullet of every"
                " section, the missing-space bullets (Approach.RecSys'16, Networks.VLDB'11), 'Amazon.com"
                " recommendations', the '?' title, the venue-less line 61, AAAI'2019/KDD2019 forms; arXiv ids incl."
                " v2 links and the '1812.02869.pdf' abs link")


if __name__ == "__main__":
    main()

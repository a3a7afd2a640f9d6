"""Wild24 truth for TsinghuaDatabaseGroup/AIDB README.md: an autonomous-database (AI4DB) paper list.

Shape: a long awesome-style page (1,619 lines) in three record forms.
(A) Bold-title records: a title line '**Title.**' (often with shields.io badges before or after,
sometimes a bracketed nickname before it: '[GSUM] **...**' line 352, '[AutoAdmin]' 430,
'[SmartIndex]' 697, ..., and once the list's tag inside the bold: '**[EA&B] Is Your ...**' line
950), then, after a blank line, an author line, mostly italic '*Authors. Venue, year.* [[paper](url)]'
(plain text on lines 317 and 1490, indented on 485, 615, 719, 723, 1430, 1435, 1445).  Line 1559
('**LLM As DBA [Vision].** badge *arXiv 2023.* [[pdf]]') has no author line.  Entry = title line
to author line.  Title = the first bold span, without the nickname/tag before it, a final '.',
or the Chinese reference-style type mark '[J]' / '[J/OL]' (lines 1248, 1252, 1260).
(B) Tag-first references (sections 2.1-2.3, 4, 5, 7.1, 7.4, 9): one line each,
'**[Tag, ...]** Authors. *Title*. Venue. [[paper](url)]' where the title is often italic, but
often plain text after the authors (873-937, 1163-1177, 1233, 1239), once in quotes (1155);
those titles are given by hand in PLAIN below.  Line 945 wraps its italic title onto line 946.
(C) Untagged author-first one-line references: 1052, 1054, 1243, 1275, 1277, 1283, 1285, 1291,
1293 (titles by hand where not italic).
Not entries: the five 'Great talks you should not miss' lines 58-69 (the list files them as talks,
though 58 and 61 link VLDB keynote papers and 64/66/69 are slides, a video and a tutorial site);
line 95/97 'Self-Driving Database Papers (CMU Spring Course)' + its URL (a course); line 164 PGTune
(a tool); line 1532 'Chat2DB' (a project link); section S2 (lines 1587-1607: paper lists, a
website, a GitHub list) and S3 (1614-1618: dataset repositories); the table of contents and prose.
Titles keep the file's spelling ('Revitilizing' 897, 'Qery' 1148, 'Specifc' 1407, ' :' before
subtitles 866/929/970/1070/1138/1337).  Special cases: line 929's italic title ends with the
list's tag '[ EA & B ]' (dropped); line 931 ends its title with a stray author first name 'Yuxing'
(dropped); line 853's italic span runs on into the venue 'OSDI 2020: 209-224' (cut); '[Vision]'
after a title (1507, 1559) is kept, as it may be the paper's own title text.
Ids: the first arXiv id / DOI written in the record's lines; line 855 writes its arXiv id only as
DBLP's 'CoRR abs/2008.12379' (recorded as 2008.12379); line 1254's 'DOI:10.1016/j.neucom.2017.11.077.*'
is recorded without the closing '.*' of the italics.  Many links are Bing redirect URLs or
researchgate/academia/cnki pages and give no id.
Repeats (same paper in two places, e.g. BestConfig on 170 and 174, DB-BERT 249/1493, UDO
229/822, FLAT 895/905, CodexDB 1148/1478, GPT-DB 1407/1463) are separate entries.
Count check: 239 (A) + 120 (B) + 9 (C) = 368 entries.  Independent greps: 120 lines match
'^**[...]**'; 246 lines from line 73 on start (after badges / a [nickname]) with a bold span, less
the 7 non-entries 95, 1532, 1587, 1592, 1597, 1601, 1605 = 239.  Every non-blank line of the file is
a heading, rule, table-of-contents or intro line, an entry line, or one of the listed non-entries
(asserted).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild24 import entry, read_lines, write_truth

NAME = "TsinghuaDatabaseGroup__AIDB__README@68ed298.md"
PART = "wild24_development"

PLAIN = {
    841: "A Rule-Based Query Rewriter in an Extensible DBMS",
    853: "Generalized Sub-Query Fusion for Eliminating Redundant I/O from Big-Data Queries",
    873: "Selectivity estimation for range predicates using lightweight models",
    875: "Learned cardinalities: Estimating correlated joins with deep learning",
    877: "Cardinality estimation with local deep learning models",
    881: "Lightweight graphical models for selectivity estimation without independence assumptions",
    885: "Warper: Efficiently Adapting Learned Cardinality Estimators to Data and Workload Drifts",
    887: "Robust Query Driven Cardinality Estimation under Changing Workloads",
    889: "Cardinality estimation done right: Index-based join sampling",
    891: "Deep Unsupervised Cardinality Estimation",
    893: "Neurocard: One cardinality estimator for all tables",
    895: "FLAT: Fast, Lightweight and Accurate Method for Cardinality Estimation",
    897: "BayesCard: Revitilizing Bayesian Frameworks for Cardinality Estimation",
    899: "DeepDB: Learn from data, not from queries!",
    901: "Quicksel: Quick selectivity learning with mixture models",
    903: "Pre-training summarization models of structured datasets for cardinality estimation",
    905: "FLAT: Fast, Lightweight and Accurate Method for Cardinality Estimation",
    907: "FACE: A Normalizing Flow based Cardinality Estimator",
    909: "Pre-training summarization models of structured datasets for cardinality estimation",
    911: "A Unified Deep Model of Learning from both Data and Queries for Cardinality Estimation",
    913: "Flow-Loss: Learning Cardinality Estimates That Matter",
    917: "Efficient and Effective Cardinality Estimation for Skyline Family",
    919: "FactorJoin: A New Cardinality Estimation Framework for Join Queries",
    921: "Speeding Up End-to-end Query Execution via Learning-based Progressive Cardinality Estimation",
    923: "ALECE: An Attention-based Learned Cardinality Estimator for SPJ Queries on Dynamic Workloads",
    925: "PACE: Poisoning Attacks on Learned Cardinality Estimation",
    927: "Are We Ready For Learned Cardinality Estimation?",
    929: "Learned Cardinality Estimation : A Design Space Exploration and a Comparative Evaluation",
    931: "Cardinality Estimation in DBMS: A Comprehensive Benchmark Evaluation",
    933: "Learned Cardinality Estimation: An In-depth Study",
    935: "Cardinality Estimation: An Experimental Survey",
    937: "Machine Unlearning in Learned Databases: An Experimental Analysis",
    945: "Zero-Shot Cost Models for Out-of-the-box Learned Cost Prediction",
    1054: "Buffer Pool Aware Query Scheduling via Deep Reinforcement Learning",
    1155: "Query-based Workload Forecasting for Self-driving Database Management Systems",
    1163: "Plan-structured deep neural network models for query performance prediction",
    1165: "Towards predicting query execution time for concurrent and dynamic database workloads",
    1167: "Contender: A resource modeling approach for concurrent query performance prediction",
    1169: "Predicting query execution time: Are optimizer cost models really unusable?",
    1171: "Database Workload Capacity Planning using Time Series Analysis and Machine Learning",
    1173: "Predictable performance for unpredictable workloads",
    1175: "Query Performance Prediction for Concurrent Queries using Graph Embedding",
    1177: "Stage: Query Execution Time Prediction in Amazon Redshift",
    1233: "A Comparative Study and Component Analysis of Query Plan Representation Techniques in ML4DB Studies",
    1239: "Automatic physical design tuning: workload as a sequence",
    1243: "Good to the Last Bit: Data-Driven Encoding with CodecDB",
    1275: "Detect, Distill and Update: Learned DB Systems Facing Out of Distribution Data",
    1277: "Modeling Shifting Workloads for Learned Database Systems",
    1283: "Learned sqlgen: Constraint-aware sql generation using reinforcement learning",
    1285: "TreeGAN: syntax-aware sequence generation with generative adversarial networks",
    1291: "Expand your training limits! Generating training data for ML-based data management",
    1293: "Relational Data Synthesis using Generative Adversarial Networks: A Design Space Exploration",
}
UNTAGGED = {1052, 1054, 1243, 1275, 1277, 1283, 1285, 1291, 1293}
PLAIN_AUTHORS = {317, 1490}
TALKS = {58, 61, 64, 66, 69}
NOT_ENTRIES = TALKS | {56, 95, 97, 164, 837, 1532, 1587, 1589, 1592, 1594, 1597, 1599, 1601, 1603, 1605, 1607,
                       1614, 1616, 1618}
FIX = {855: ("arxiv", "2008.12379"), 1252: ("doi", "10.1016/j.neucom.2017.11.077")}
BADGE = re.compile(r"!\[\]\([^)]*\)")


def strip_title(t: str) -> str:
    t = t.strip()
    t = re.sub(r"\s*\[J(?:/OL)?\]\.?$", "", t)
    t = t.removesuffix(".")
    return t.strip()


def main() -> None:
    lines = read_lines(NAME)
    n = len(lines)
    papers = []
    used = set()
    kinds = {"A": 0, "B": 0, "C": 0}
    start = lines.index("## 0. Survey and Tutorial") + 1
    for i in range(start, n + 1):
        text = lines[i - 1]
        if i in NOT_ENTRIES or i in used or not text.strip():
            continue
        body = BADGE.sub("", text).strip()
        if re.match(r"^\*\*\[[^\]]*\]\*\*", text) or i in UNTAGGED:
            # (B) tag-first / (C) untagged author-first reference on one line (945-946 on two)
            last = 946 if i == 945 else i
            if i in PLAIN:
                title = PLAIN[i]
            else:
                rest = re.sub(r"^\*\*\[[^\]]*\]\*\*", "", text)
                m = re.search(r"(?<!\*)\*([^*]+)\*(?!\*)", rest)
                assert m, i
                title = m.group(1)
            title = strip_title(title)
            flat = re.sub(r"[*_\s]+", " ", " ".join(lines[i - 1:last]))
            assert re.sub(r"\s+", " ", title) in flat, (i, title)
            e = entry(lines, i, last, title)
            if i in FIX:
                e[FIX[i][0]] = FIX[i][1]
            papers.append(e)
            used.update(range(i, last + 1))
            kinds["C" if i in UNTAGGED else "B"] += 1
            continue
        m = re.match(r"^(?:\[[^\]]+\]\s*)?\*\*(?!\*)(.+?)\*\*", body)
        if m:
            # (A) bold-title record: title line + following author line
            title = re.sub(r"^\[EA&B\]\s*", "", m.group(1))
            title = strip_title(title)
            j = i + 1
            while j <= n and not lines[j - 1].strip():
                j += 1
            nxt = lines[j - 1] if j <= n else ""
            if re.match(r"^\s*\*(?!\*)", nxt) or j in PLAIN_AUTHORS:
                last = j
            else:
                last = i
            e = entry(lines, i, last, title)
            if i in FIX:
                assert e[FIX[i][0]] and e[FIX[i][0]].startswith(FIX[i][1]), (i, e)
                e[FIX[i][0]] = FIX[i][1]
            papers.append(e)
            used.update(range(i, last + 1))
            kinds["A"] += 1
            continue
        assert re.match(r"^(#|---|=+$|Table of Contents|\s*\* \[|<p|\s*【|</p>|Continuously|Kindly|Conference deadlines|The up-to-date|\(Note)", text), (i, text[:80])
    assert kinds == {"A": 239, "B": 120, "C": 9}, kinds
    assert len(papers) == 368, len(papers)
    write_truth(NAME, PART, papers,
                "every paper record is an entry: bold-title records (title line + following author line), tag-first"
                " one-line references ('**[Tag]** Authors. Title. Venue') and untagged author-first lines; title ="
                " the bold span, or the italic/plain title of the reference (plain ones given by hand), without"
                " nickname tags, a final '.', '[J]' marks; the 'Great talks' lines, a course, a tool, a project"
                " link, and the S2/S3 resource lists are not entries",
                "all 120 tag-first and 9 untagged references read by eye with their titles; the bold-title records"
                " checked section by section (first and last of each heading, every nickname/badge-first line,"
                " lines 317, 485, 594-602, 988, 1016, 1020, 1248-1270, 1430-1445, 1490, 1507, 1559); every"
                " non-entry line listed and asserted; arXiv ids and DOIs spot-checked (about 40)")


if __name__ == "__main__":
    main()

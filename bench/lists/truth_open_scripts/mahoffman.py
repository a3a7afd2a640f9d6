"""Open truth (batch 3) for mahoffman/social_network_analysis _book/01-Syllabus.md (at cdb2976):
Mark Hoffman's reading list for a social network analysis course, nine weeks of '* ' bullets.

Each bullet is a free-form author-year reference (APA, Chicago, ASA, with straight, curly, doubled
‘‘...’’ or LaTeX ``...\" quotes, or none); the titles differ so much in how they are set off that
the script lists every entry's line and title by hand and asserts that the title is written on that
line.  The title is the work's title as written, without its quotes, the closing separator and the
Canvas artefact '(Links to an external site.)' that sits inside three titles.  Decisions:

- Not entries: the textbook chapters (Wasserman and Faust, Nadel), whole books (Blau and Schwartz,
  Crosscutting Social Circles; Granovetter, Getting a Job; Saussure's Course in General Linguistics
  with its URL on line 186; Lee's The Search for an Abortionist), chapters of edited books (Bott in
  Man in Adaptation, Simmel's 'The Triad' in Wolf's The Sociology of Georg Simmel, Latour's 'Where
  Are the Missing Masses?' given as chapter 10), the R tutorial and the lab/assignment bullets.
- Lines 50 and 212 are references written without a bullet, so in Markdown they continue the bullet
  above; each is a second entry of that item, on its own line.
- 'White, Harrison. Cat/Nets.' (line 166) is White's unpublished paper known by that nickname: an
  entry with title None.
- Titles keep the file's spelling ('sociomatricies'), capitalisation and typos; the '10' that
  numbers Latour's chapter would not be part of a title (it is not an entry anyway).
"""
from _open import Open, clean

NAME = "mahoffman__social_network_analysis___book__01-Syllabus@cdb2976.md"

TITLES = {
    14: "Network analysis in the social sciences",
    16: "A Theory of Structure: Duality, Agency, and Transformation",
    17: "Interactions, Relationships and Social Structure",
    27: "Social isolation in America: Changes in Core Discussion Networks over Two Decades",
    28: "Sampling and estimation in hidden populations using respondent-driven sampling",
    32: "The Spread of Obesity in a Large Network",
    33: "The Social Structure of the World Polity",
    37: "The Duality of Persons and Groups",
    38: "Tripartite structural analysis: Generalizing the Breiger-Wilson formalism",
    39: "Who killed the inner circle? The decline of the American corporate interlock network",
    48: "Network Sampling: Some First Steps",
    49: "The Structure of a Social Science Collaboration Network",
    50: "Sequence Comparison via Alignment and Gibbs Sampling",
    52: "Comment: The 2004 GSS Finding of Shrunken Social Networks: An Artifact?",
    53: "Reply: Models and Marginals: Using Survey Evidence to Study Social Networks",
    54: "Important Matters in Political Context",
    55: "Social Isolation in America: An Artifact",
    56: "Weak ties and the core discussion network: Why people regularly discuss important matters with"
        " unimportant alters",
    57: "The Social Dynamics of Mathematics Course taking in High School",
    58: "Bowling young: How youth voluntary associations influence adult political participation",
    66: "The Origins of Status Hierarchies",
    67: "Structural balance: a generalization of Heider's theory",
    68: "Dynamics of Hierarchy Formation: the Sequential Development of Dominance Relationships",
    69: "Network Macrostructure Models for the Davis-Leinhardt set of empirical sociomatricies",
    78: "Social Cohesion and Embeddedness",
    79: "Matrix methods for calculating the triad census",
    87: "Power and Centrality: A Family of Measures",
    88: "Why Your Friends Have More Friends Than You Do",
    89: "Neural Mechanisms Tracking Popularity in Real-World Social Networks",
    90: "The impact of elections on cooperation: Evidence from a lab‐in‐the‐field experiment in Uganda",
    91: "Network effects and social inequality",
    99: "Neural precursors of future liking and affective reciprocity",
    100: "Theoretical Foundations for Centrality Measures",
    101: "The web of human sexual contacts",
    102: "Error and attack tolerance of complex networks",
    103: "A Set of Measures of Centrality Based on Betweenness",
    104: "Emergence of scaling in random networks",
    105: "The distribution of power in exchange networks: Theory and experimental results",
    112: "An experimental study of the small world Problem",
    113: "Networks, Dynamics, and the Small-World Phenomenon",
    114: "The Strength of Weak Ties",
    116: "Structural holes and good ideas",
    117: "The Strength of Long-Range Ties in Population-Scale Social Networks",
    126: "A structured overview of 50 years of small-world research",
    127: "Social connectedness: measurement, determinants, and effects",
    128: "Collaboration and Creativity: The Small World Problem",
    129: "An Experimental Study of Search in Social Networks",
    130: "Ignorance, Knowledge, and Outcomes in a Small World",
    132: "Brokerage",
    139: "Beyond and Below Racial Homophily: ERG Models of a Friendship Network Documented on Facebook",
    140: "Birds of a Feather: Homophily in Social Networks",
    141: "The social structure of political echo chambers: Variation in ideological homophily in online networks",
    142: "Network ecology and adolescent social structure",
    143: "The Temporal Structure of Scientific Consensus Formation",
    148: "Modularity and Community Structure in Networks",
    152: "Race, School Integration, and Friendship Segregation in America",
    153: "An experimental study of homophily in the adoption of health behavior",
    154: "Homophily, selection, and socialization in adolescent friendships",
    155: "The Arithmetic of Social Relations: The Interplay of Category and Network",
    163: "Social Structure from multiple networks. I. Blockmodels of roles and positions",
    164: "Robust Action and the Rise of the Medici, 1400-1434",
    165: "Generalized Exchange",
    166: None,
    175: "Sociopolitical network interactions: A case study of the Classic Maya",
    176: "Career Attributes and Network Structure: A Blockmodel Study of a Biomedical Research Specialty",
    177: "Generalized blockmodeling of two-mode network data",
    178: "Mediation in Multiple Networks: Elite Mobilization before the English Civil War",
    179: "Comparison of Methods for Positional Analysis: Structural and General Equivalences",
    187: "Doorway to the Dharma of Duality",
    188: "Measuring Meaning Structures",
    190: "The Materiality of Ideology: Cultural Consumption and Political Thought after the American Revolution",
    191: "Culture out of attitudes: Relationality, population heterogeneity and attitudes toward science and"
         " religion in the US",
    200: "The strength of weak culture",
    201: "Composing a civic arena: Publics, projects, and social settings",
    202: "Mapping shared understandings using relational class analysis: The case of the cultural omnivore"
         " reexamined",
    203: "How cultural tastes shape personal networks",
    204: "Belief network analysis: A relational approach to understanding the structure of attitudes",
    205: "Neither ideologues nor agnostics: Alternative voters’ belief system in an age of partisan politics",
    206: "Game changer: The topology of creativity",
    207: "The (Protestant) Bible, the (printed) sermon, and the word (s): The semantic structure of the"
         " Conformist and Dissenting Bible, 1660–1780",
    208: "Social and semantic coevolution in knowledge networks",
    209: "Lexical shifts, substantive changes, and continuity in State of the Union discourse, 1790–2014",
    210: "What do animals do all day?: The division of labor, class bodies, and totemic thinking in the"
         " popular imagination",
    211: "Formalist and relationalist theory in social network analysis",
    212: "Power, Authority, and the Constraint of Belief Systems",
    213: "Combining natural language processing and network analysis to examine how advocacy organizations"
         " stimulate conversation on social media",
    219: "Threshold models of collective behavior",
    220: "Concurrent partnerships and the spread of HIV",
    221: "Complex contagions and the weakness of long ties",
    222: "Dynamics of Networks if Everyone Strives for Structural Holes",
    223: "Changing climates of conflict: A social network experiment in 56 schools",
    224: "Beyond social contagion: Associative diffusion and the emergence of cultural variation",
    228: "Introduction to stochastic actor-based models for network dynamics",
    229: "Dynamic Network Visualization: Methods for Meaning with Longitudinal Network Movies",
    233: "The diffusion of an innovation among physicians",
    234: "The diffusion of microfinance",
    235: "Social Contagion and Innovation: Cohesion Versus Structural Equivalence",
    236: "Effects of the peer metagenomic environment on smoking behavior",
    237: "Social Times of Network Spaces: Network Sequences and Foreign Investment in Hungary",
    238: "Social Movement Organizational Collaboration: Networks of Learning and the Diffusion of Protest"
         " Tactics, 1960–1995",
    239: "Why do liberals drink lattes?",
    240: "The Spread of Behavior in an Online Social Network Experiment",
}

#: Bullets that are not papers (line: what it is).
NOT_PAPERS = {
    13: "textbook chapter", 15: "chapter of an edited book", 19: "R tutorial", 43: "textbook chapters",
    44: "lab assignment", 51: "book", 65: "chapter of an edited book", 73: "textbook chapters",
    74: "lab assignment", 86: "textbook chapter", 95: "lab assignment", 115: "book chapter (preface, ch. 1)",
    121: "project assignment", 122: "lab assignment", 131: "book", 147: "textbook chapter",
    162: "book chapter", 170: "textbook chapters", 171: "lab assignment", 185: "book (URL on line 186)",
    189: "chapter of an edited book", 195: "textbook chapter", 196: "lab assignment",
}


def main() -> None:
    t = Open(NAME)
    for i, text in enumerate(t.lines, 1):
        if text.startswith("* "):
            assert (i in TITLES) != (i in NOT_PAPERS), i  # every bullet decided, once
    for i, title in TITLES.items():
        if title is not None:
            assert title in clean(t.line(i)).replace("(Links to an external site.)", "").replace("  ", " "), i
        t.add(i, i, title)
    t.write("every reference bullet (and the two unbulleted references on lines 50 and 212) is an entry except"
            " textbook and edited-book chapters, whole books, the tutorial and the assignments; title = the"
            " work's title as written, without quotes and the '(Links to an external site.)' artefact, listed by"
            " hand and asserted to be on its line",
            "every line of the file, one by one: 102 entries (White's 'Cat/Nets' with title None) and 23 bullets"
            " left out (textbook chapters, books, edited-book chapters, tutorial, assignments)")


if __name__ == "__main__":
    main()

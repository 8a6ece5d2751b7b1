"""The usual gender of common first names, for telling "he" from "she" when the text gives no cue.

The lists hold first names that are borne overwhelmingly by one gender in English-language news, plus
names frequent in the political coverage the tool is used on. Names common for both (Chris, Jordan,
Kelly, Lindsey, Pat, Taylor) are left out, so they vote for neither.
"""

from __future__ import annotations

_MALE = """
Aaron Abraham Adam Adrian Al Alan Albert Alexander Alfred Andrew Andy Anthony Antonio Arthur Barack Barney Ben
Benjamin Bernard Bernie Bill Billy Bob Bobby Brad Bradley Brandon Bret Brett Brian Bruce Bryan Carl Carlos
Charles Charlie Christopher Chuck Clarence Cory Craig Curtis Dan Daniel Danny Darrell David Dennis Dick Don
Donald Doug Douglas Dwight Earl Ed Eddie Edward Elijah Enrique Eric Eugene Frank Franklin Fred Freddy Gary Gene
George Gerald Glenn Gordon Greg Gregory Harold Harry Henry Herman Howard Hugh Ian Isaac Jack Jacob Jake James
Jason Jeb Jeff Jeffrey Jeremy Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph Joshua
Juan Justin Karl Keith Ken Kenneth Kevin Kirk Kyle Lamar Larry Lawrence Louis Luis Marco Mario Mark Martin Matt
Matthew Michael Mike Mitch Mitchell Mohammed Muhammad Nathan Newt Nicholas Nick Orrin Patrick Paul Pedro Pete
Peter Phil Philip Rand Randy Ray Raymond Reince Richard Rick Rob Robert Rod Roger Ron Ronald Roy Rudy Russell
Ryan Samuel Scott Sean Sergei Seth Stephen Steve Steven Stuart Tad Ted Terrence Thomas Tim Timothy Todd Tom
Tommy Tony Trey Troy Vladimir Walter Wayne William Willie Xi Zachary
"""

_FEMALE = """
Abigail Alice Amanda Amber Amy Andrea Angela Ann Anna Anne Ashley Barbara Betty Beverly Brenda Carly Carmen
Carol Carolyn Catherine Charlotte Chelsea Cheryl Christina Christine Claire Condoleezza Cynthia Debbie Deborah
Debra Dena Denise Diana Diane Donna Doris Dorothy Elena Elizabeth Ellen Emily Emma Evelyn Frances Ghazala Gina
Gloria Grace Greta Hannah Heather Heidi Helen Hillary Huma Ivanka Jane Janet Janice Jeanne Jennifer Jessica Jill
Joan Joni Joyce Judith Judy Julia Julie Kamala Karen Kate Katherine Kathleen Kathryn Katie Kellyanne Kimberly
Kirsten Kristen Laura Lauren Linda Lisa Lolita Loretta Lori Madeleine Margaret Maria Marie Marilyn Marsha Martha
Mary Megan Megyn Melania Melba Melissa Michele Michelle Nancy Natalie Nicole Nikki Olivia Pamela Patricia Paula
Rachel Rebecca Rosa Ruth Samantha Sandra Sarah Sharon Shirley Sonia Sophia Stephanie Susan Susannah Tammy Teresa
Theresa Tina Tulsi Valerie Victoria Virginia Wendy
"""

FIRST_NAME_GENDER = {name: "m" for name in _MALE.split()} | {name: "f" for name in _FEMALE.split()}


def first_name_gender(word: str) -> str | None:
    """ "m", "f" or None for a first name as written ("Dana", borne by both, → None)."""
    return FIRST_NAME_GENDER.get(word)

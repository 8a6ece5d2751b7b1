"""The usual gender of common first names, for telling "he" from "she" when the text gives no cue.

The lists hold first names that are borne overwhelmingly by one gender in English-language news, plus
names frequent in the political coverage the tool is used on and in other countries' news. Names common for
both (Chris, Jordan, Kelly, Lindsey, Pat, Taylor) are left out, so they vote for neither.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path


def _unaccented(name: str) -> str:
    """``name`` without combining accents: "Ségolène" → "Segolene"."""
    return "".join(ch for ch in unicodedata.normalize("NFD", name) if not unicodedata.combining(ch))


_MALE = """
Aaron Abdul Abraham Adam Adrian Ahmad Ahmed Al Alan Albert Alejandro Alexander Alfred Ali Andrew Andrzej Andy
Angelo Anthony Antonio Arthur Avi Barack Barney Bashar Ben Benjamin Bernard Bernie Bill Billy Bob Bobby Boris
Brad Bradley Brandon Bret Brett Brian Bruce Bryan Carl Carlos Charles Charlie Christopher Chuck Clarence Colin
Cory Craig Curtis Dan Daniel Danny Darrell David Dennis Devin Dick Dmitry Don Donald Doug Douglas Dwight Earl Ed
Eddie Edward Elijah Emmanuel Enrique Eric Eugene Fernando Francisco Francois Frank Franklin Fred Freddy Gary
Gavin Gene George Gerald Gerhard Giuseppe Glenn Gordon Greg Gregory Hakeem Hamid Harold Harry Harvey Hassan
Helmut Henry Herman Hillel Howard Hugh Ian Ibrahim Igor Isaac Ivan Jack Jacob Jake James Jared Jason Javier
Jean-Claude Jeb Jeff Jeffrey Jeremy Jerry Jesse Jim Jimmy Joe Joel John Johnny Jon Jonathan Jorge Jose Joseph
Joshua Juan Justin Karl Keith Ken Kenneth Kevin Khalid Kirk Kurt Kyle Lamar Larry Lawrence Lester Louis Luis
Luke Mahmoud Manuel Marco Mario Mark Martin Marvin Matt Matteo Matthew Mel Michael Miguel Mike Mitch Mitchell
Mitt Mohammed Moshe Muhammad Mustafa Narendra Nathan Neil Nelson Newt Nicholas Nick Nicolas Norman Omar Orrin
Oscar Patrick Paul Pedro Pete Peter Phil Philip Rafael Rahm Ralph Rand Randy Ray Raymond Recep Reid Reince Rex
Ricardo Richard Rick Rob Robby Robert Rod Roger Ron Ronald Ross Roy Rudolph Rudy Russell Ryan Sam Samuel Scott
Sean Sergei Sergio Seth Shawn Sheldon Shinzo Silvio Stanley Stephen Steve Steven Stuart Tad Ted Terrence Thomas
Tim Timothy Todd Tom Tommy Tony Trey Troy Tyler Vicente Victor Viktor Vincent Vladimir Walter Warren Wayne
Wesley William Willie Wolf Wolfgang Xi Yair Yusuf Zachary
Aidan Alastair Alberto Aleksandr Alfie Alistair Anders Andreas Angus Antoine Archie Arjun Arnold Arturo
Bartosz Bernd Bjorn Callum Camilo Ciaran Clive Conor Cormac Cyril Dafydd Darius Dariusz Declan Dermot
Diego Dieter Dominic Duncan Eamon Eduardo Emeka Emil Emilio Enzo Erik Ernesto Euan Ewan Fabian Farid Felipe
Felix Fergus Finn Florian Francesco Fraser Gareth Geoffrey Gerard Gerrit Gonzalo Graham Gustavo Hamish Hans
Hector Henrik Hiroshi Hugo Ignacio Imran Ismail Jakub Jamal Jens Joaquin Jonas Jorgen Josef Julian
Julio Jurgen Kamal Karim Kenji Kieran Klaus Kofi Krzysztof Kwame Lars Leon Leonardo Liam Lorenzo Lucas Luca
Lukas Magnus Malcolm Marcel Marcus Mateo Mathieu Mats Maurice Max Maxim Mehmet Mikhail Mohamed Morten
Nasser Nigel Niklas Nikolai Niels Olaf Oliver Olusegun Owen Pablo Paolo Pascal Patrice Pavel Philippe Pierre
Pieter Piotr Rahul Rajesh Ramon Raul Reza Rhys Rodrigo Rolf Rory Rupert Sandeep Sebastian
Simon Stefan Sven Tariq Theo Tobias Tomas Tomasz Trevor Vikram Wojciech Yannick Yuri
"""

_FEMALE = """
Abigail Aisha Alice Alicia Amanda Amber Amy Ana Andrea Angela Angelina Ann Anna Anne Ashley Barbara Beatriz
Betty Beverly Birgit Brenda Brittany Carla Carly Carmen Carol Carolyn Catherine Cecile Charlotte Chelsea Cheryl
Christina Christine Claire Condoleezza Courtney Cristina Crystal Cynthia Daniela Debbie Deborah Debra Dena
Denise Diana Diane Dianne Dolores Donna Doris Dorothy Elena Elisa Elizabeth Ellen Emily Emma Erica Erin Eva
Evelyn Fatima Felicia Fernanda Frances Gabriela Gabrielle Ghazala Gina Gloria Grace Greta Hanna Hannah Heather
Heidi Helen Hilda Hillary Hope Huma Ingrid Irina Isabel Ivanka Jane Janet Janice Jasmine Jeanne Jennifer Jessica
Jill Joan Joni Joyce Judith Judy Julia Julie Kamala Karen Kate Katherine Kathleen Kathryn Katie Kellyanne Kelsey
Kimberly Kirsten Kristen Kristin Kristina Latoya Laura Lauren Leila Linda Lindsay Lisa Lois Lolita Loretta Lori
Lorraine Lucia Lucy Lynn Madeleine Maggie Marcia Margaret Maria Mariana Marie Marilyn Marine Marjorie Marsha
Martha Mary Maxine Mazie Megan Megyn Melania Melba Melinda Melissa Mia Michele Michelle Molly Monica Nancy
Natalia Natalie Nicole Nikki Nora Olga Olivia Pamela Paola Patricia Patty Paula Peggy Penny Phyllis Priscilla
Rachel Rebecca Rita Roberta Rosa Rosemary Ruth Sally Samantha Sandra Sarah Shannon Sharon Sheila Sheryl Shirley
Sofia Sonia Sophia Stacy Stephanie Susan Susannah Svetlana Sylvia Ségolène Tamara Tammy Tanya Tara Tatiana
Teresa Theresa Tiffany Tina Tulsi Ursula Valerie Vanessa Vera Veronica Victoria Virginia Wendy Yasmin Yvonne Zoe
Agnieszka Aileen Alejandra Alison Amina Anastasia Anita Annika Antonia Astrid Aylin Beatrice Bridget
Camila Caroline Chiara Chloe Claudia Clara Deirdre Delphine Eilidh Eleanor Elif Elise Eliza Ellie Eloise
Esther Eunice Fiona Francesca Freya Gemma Gillian Giulia Gwen Harriet Ilse Imogen Ines Irene Isla Ivana
Jacqueline Jana Joanna Johanna Josefina Josephine Karin Katarzyna Katrin Kirsty Lena Leonie Lorna Lucinda Lydia
Magdalena Maeve Mairead Malgorzata Margarita Marta Martina Maureen Mercedes Miriam Morag Nadia Naomi Niamh Ngozi
Nina Noor Paloma Pilar Polly Priya Rania Rebekah Rhiannon Rocio Rosalind Roxana Rukhsana Sabine Sadia Sara
Selin Sinead Siobhan Sunita Susanne Tessa Ulrike Valentina Wanda Yolanda Zainab Zara Zeynep
"""


FIRST_NAME_GENDER = {_unaccented(name): "m" for name in _MALE.split()} | {
    _unaccented(name): "f" for name in _FEMALE.split()
}


def first_name_gender(word: str, *, broad: bool = False) -> str | None:
    """ "m", "f" or None for a first name as written, accents aside ("Tomás" as "Tomas"; "Dana", borne by both,
    → None). ``broad`` also reads the US birth records (``ssa_first_names.txt``, about 7,000 names, "Andre",
    "Ramiro", "Aoife"): for the first word of a full name, where a place or a common word is no risk."""
    plain = _unaccented(word)
    gender = FIRST_NAME_GENDER.get(plain)
    if gender is None and broad and plain.lower() not in _BORNE_BY_BOTH:
        gender = _birth_records().get(plain.lower())
    return gender


def borne_by_both(word: str) -> bool:
    """Whether news gives the first name ``word`` to both sexes ("Robin", "Sam", "Lindsey"), whatever the lists say."""
    return _unaccented(word).lower() in _BORNE_BY_BOTH


def is_first_name(word: str) -> bool:
    """Whether ``word`` is a first name the lists know, of either sex ("Rob", and "Dana" too)."""
    return first_name_gender(word, broad=True) is not None or _unaccented(word).lower() in _BORNE_BY_BOTH


# Names the birth records give one sex that news gives both (Lindsey Graham, Alex Salmond): left out, as above.
_BORNE_BY_BOTH = frozenset(
    """lindsey lindsay alex sam jamie casey robin leslie dana jean jess morgan riley kim lee terry tracy jody drew
    jesse ashley shannon kerry carey sidney sydney cameron avery quinn blake parker reese rowan charlie frankie
    billie bobbie toni nicky andy stacy simone jan""".split()
)


@functools.cache
def _birth_records() -> dict[str, str]:
    """Lower-case name → "m"/"f", from ``models/make_first_names.py``'s output shipped with the package."""
    lines = (Path(__file__).with_name("ssa_first_names.txt").read_text(encoding="utf-8")).splitlines()
    return dict(line.split() for line in lines if line)

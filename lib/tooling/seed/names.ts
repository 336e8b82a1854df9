/**
 * Name pools for synthetic educators. Deliberately mixed: accents (José, Núñez), apostrophes
 * (O'Brien, D'Angelo), multi-word surnames (De La Cruz), and the hyphenated and former names that
 * people.ts composes from these, so every search path meets the names real records carry.
 */
export const femaleFirstNames = [
  "Mary", "Jennifer", "Linda", "Patricia", "Elizabeth", "Susan", "Jessica", "Sarah", "Karen", "Lisa",
  "Nancy", "Betty", "Sandra", "Ashley", "Kimberly", "Emily", "Donna", "Michelle", "Carol", "Amanda",
  "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Amy", "Angela", "Brenda",
  "Emma", "Olivia", "Hannah", "Abigail", "Madison", "Haley", "Brittany", "Courtney", "Heather", "Tiffany",
  "Rachel", "Megan", "Kayla", "Lauren", "Katherine", "Caroline", "Anna", "Grace", "Natalie", "Leah",
  "María", "Lucía", "Sofía", "Ana", "Guadalupe", "Rosa", "Carmen", "Inés", "Mónica", "Verónica",
  "Zoë", "Chloé", "Renée", "Noëlle", "Siobhán", "Aoife", "Mei", "Priya", "Aaliyah", "Imani",
  "Fatima", "Yasmin", "Nguyet", "Hyun-Joo", "Anne-Marie", "Mary Beth", "Jo Ellen", "Bobbie", "Tamika", "Latoya",
];

export const maleFirstNames = [
  "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas", "Charles",
  "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua",
  "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason", "Edward", "Jeffrey", "Ryan",
  "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
  "Tyler", "Austin", "Dustin", "Cody", "Travis", "Wesley", "Clayton", "Dale", "Wendell", "Elijah",
  "José", "Jesús", "Andrés", "Ramón", "Martín", "Joaquín", "Luis", "Carlos", "Héctor", "Raúl",
  "André", "René", "François", "Björn", "Seán", "Darnell", "DeShawn", "Jamal", "Malik", "Tremaine",
  "Wei", "Minh", "Rahul", "Omar", "Tariq", "Jean-Luc", "Billy Ray", "J. D.", "Bo", "Hollis",
];

export const middleNames = [
  "Ann", "Marie", "Lynn", "Elizabeth", "Louise", "Jane", "Nicole", "Renee", "Michelle", "Grace",
  "Lee", "Allen", "Wayne", "Edward", "James", "Ray", "Dean", "Lewis", "Thomas", "Paul",
  "Jo", "Kay", "Sue", "Mae", "Beth", "Rose", "Dawn", "Faye", "Gail", "Jean",
  "Alexander", "Benjamin", "Carter", "Douglas", "Everett", "Franklin", "Harrison", "Isaac", "Jackson", "Keith",
  "Alejandro", "Guadalupe", "Inés", "Dolores", "Cruz", "D", "J", "M", "R", "T",
];

export const lastNames = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
  "Thomas", "Moore", "Jackson", "Martin", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
  "Walker", "Young", "Allen", "King", "Wright", "Scott", "Hill", "Green", "Adams", "Baker",
  "Nelson", "Carter", "Mitchell", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards",
  "Collins", "Stewart", "Morris", "Rogers", "Reed", "Cook", "Morgan", "Bell", "Murphy", "Bailey",
  "Cooper", "Howard", "Ward", "Cox", "Richardson", "Wood", "Watson", "Brooks", "Bennett", "Gray",
  "Hughes", "Price", "Sanders", "Myers", "Long", "Ross", "Foster", "Powell", "Jenkins", "Perry",
  "Russell", "Sullivan", "Fisher", "Henderson", "Coleman", "Simmons", "Patterson", "Jordan", "Reynolds", "Hamilton",
  "Caudill", "Combs", "Slone", "Sizemore", "Hatfield", "McCoy", "Napier", "Couch", "Hensley", "Stamper",
  "Whitaker", "Bledsoe", "Gabbard", "Mullins", "Begley", "Fugate", "Noble", "Tackett", "Wireman", "Ratliff",
  "McDaniel", "MacKenzie", "McAllister", "O'Brien", "O'Connor", "O'Neal", "O'Bannon", "D'Angelo", "D'Souza", "Dell'Aquila",
  "García", "Martínez", "Rodríguez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Núñez",
  "Gómez", "Díaz", "Jiménez", "Álvarez", "Muñoz", "Castañeda", "Peña", "Ibáñez", "De La Cruz", "Del Río",
  "Nguyen", "Tran", "Pham", "Kim", "Park", "Lee", "Chen", "Wang", "Patel", "Shah",
  "Müller", "Schröder", "Løvaas", "Van Meter", "Van Buren", "St. Clair", "Le Blanc", "DuBois", "Lefèvre", "Brontë",
  "Okafor", "Adeyemi", "Mensah", "Haddad", "Nasser", "Kowalski", "Nowak", "Wiśniewski", "Ivanova", "Rossi",
];

/** Suffixes as people write them; only on some men's names, as in real records. */
export const suffixes = ["Jr.", "Sr.", "II", "III", "IV"] as const;

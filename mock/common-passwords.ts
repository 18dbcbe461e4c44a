/**
 * A few hundred of the most common passwords (from public breach-frequency lists), lower case. Auth0's
 * built-in dictionary holds the 10 000 most common; these are enough for the mock to show the error.
 * Kept as one space-separated string so the file stays readable.
 */
const WORDS = `
  123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123 football
  monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman
  1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer zxcvbnm asdfgh hunter buster
  soccer harley batman andrew tigger sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel
  starwars klaster 112233 george computer michelle jessica pepper 1111 zxcvbn 555555 11111111 131313 freedom
  777777 pass maggie 159753 aaaaaa ginger princess joshua cheese amanda summer love ashley nicole chelsea
  biteme matthew access yankees 987654321 dallas austin thunder taylor matrix mobilemail mom monitor
  monitoring montana moon moscow admin welcome welcome1 password1 password123 passw0rd p@ssw0rd p@ssword
  password1! qwerty123 qwerty1 1q2w3e4r 1q2w3e4r5t 1q2w3e 123abc abcd1234 a1b2c3 abcdef abc12345 changeme
  secret secret123 admin123 administrator root toor guest login letmein1 welcome123 iloveyou1 football1
  baseball1 princess1 sunshine1 monkey1 dragon1 shadow1 master1 superman1 batman1 trustno1! 000000000 0000
  00000000 1234qwer qwer1234 asdf1234 zaq12wsx zaq1zaq1 !qaz2wsx qazwsxedc 1qazxsw2 q1w2e3r4 q1w2e3r4t5
  asdfghjkl asdf qwert 11111 1111111 111111111 1234567891 12341234 123123123 102030 147258369 147258 159357
  789456 789456123 456789 987654 666666666 88888888 99999999 987654321a 123456a 123456789a a123456 a12345678
  aa123456 abc123456 qwe123 zxc123 asd123 hello hello123 whatever starwars1 pokemon naruto liverpool arsenal
  chelsea1 barcelona realmadrid juventus jesus jesus1 blessed angel angels lovely loveme babygirl baby
  butterfly flower purple orange banana apple cookie chocolate samsung nokia google facebook linkedin twitter
  instagram youtube yahoo hotmail gmail internet windows computer1 default test test123 testing tester demo
  demo123 user user123 system server office work qwerty12 qwerty1234 mypassword passpass pass123 pass1234
  password12 password1234 passwordpassword letmeinnow opensesame sesame correcthorsebatterystaple
  correct-horse-battery-staple
`;

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));

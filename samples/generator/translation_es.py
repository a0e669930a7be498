"""Spanish captions for intro-fractions: the narration of each slide, translated.

Shown over the same span as the English speech of the slide, so the two tracks change slide together.
"""

LANGUAGE = "es"
LABEL = "Español"

NARRATION = {
    "welcome":
        "¡Bienvenidos! En esta breve lección veremos las fracciones. Aprenderás qué significa una "
        "fracción, cómo dos fracciones distintas pueden nombrar la misma cantidad y cómo simplificar una "
        "fracción. El vídeo se detendrá varias veces para hacerte una pregunta, así que ten a mano lápiz y "
        "papel.",
    "equal-parts":
        "Aquí tienes una tableta de chocolate partida en cuatro trozos iguales. Nos comemos tres. Lo "
        "escribimos como tres cuartos: un tres arriba, una raya y un cuatro debajo. El número de abajo se "
        "llama denominador. El número de arriba se llama numerador.",
    "denominator":
        "El denominador nos dice en cuántas partes iguales se divide el entero. Si partimos una barra en "
        "dos, cada parte es un medio. Si la partimos en cuatro, cada parte es un cuarto. Cuanto mayor es el "
        "denominador, más partes hay, así que cada parte es más pequeña. Las partes siempre deben ser "
        "iguales.",
    "numerator":
        "El numerador cuenta cuántas de esas partes iguales tomamos. Aquí cada barra está dividida en cinco "
        "partes. Un quinto, dos quintos, tres quintos. Cuando los denominadores son iguales, la fracción con "
        "el numerador mayor es la cantidad mayor.",
    "same-amount":
        "Mira estas tres barras. La primera está dividida en dos partes, con una sombreada. La segunda, en "
        "cuatro, con dos sombreadas. La tercera, en ocho, con cuatro sombreadas. ¡La parte sombreada es "
        "exactamente la misma! Un medio, dos cuartos y cuatro octavos son fracciones equivalentes.",
    "making-equivalent":
        "Para obtener una fracción equivalente, multiplica el numerador y el denominador por el mismo "
        "número. Dos tercios, por dos sobre dos, da cuatro sextos. Por tres sobre tres da seis novenos. Los "
        "trozos son más pequeños, pero tomamos más, así que la cantidad no cambia.",
    "simplifying":
        "También podemos ir en sentido contrario. Para simplificar, divide el numerador y el denominador "
        "por el mismo número. El seis y el ocho se pueden dividir entre dos, así que seis octavos se "
        "convierte en tres cuartos. El tres y el cuatro no tienen ningún factor común, así que tres cuartos "
        "es una fracción irreducible.",
    "number-line":
        "Una fracción también es un número, con su propio lugar en la recta numérica. Divide el espacio "
        "entre cero y uno en cuatro pasos iguales. Tres cuartos está en el tercer paso. La raya de fracción "
        "también significa dividir: tres entre cuatro es cero coma setenta y cinco.",
    "summary":
        "Resumamos. El denominador dice cuántas partes iguales forman el entero. El numerador dice cuántas "
        "partes tomamos. Multiplica o divide el numerador y el denominador por el mismo número para obtener "
        "una fracción equivalente. Y una fracción es un número: el de arriba dividido entre el de abajo. "
        "¡Nos vemos en clase!",
}

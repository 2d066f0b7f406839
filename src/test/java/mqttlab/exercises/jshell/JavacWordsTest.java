package mqttlab.exercises.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mqttlab.text.Lang;
import mqttlab.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** javac's complaints as a Korean student reads them (a rare one: javac's English, said to be so, quoted on one line); in English, javac's own words after "error:". */
class JavacWordsTest {

    @AfterEach
    void english() { Text.use(Lang.EN); }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "compiler.err.cant.resolve.location.args | cannot find symbol\\n  symbol:   method foo()\\n  location: class | 오류: 그런 이름이 없습니다: method foo()",
            "compiler.err.prob.found.req | incompatible types: java.lang.String cannot be converted to int | 오류: 타입이 맞지 않습니다: java.lang.String 값은 int 타입으로 바꿀 수 없습니다",
            "compiler.err.expected | ';' expected | 오류: 여기에 ';' 기호가 와야 합니다",
            "compiler.err.premature.eof | reached end of file while parsing | 오류: 코드가 끝나지 않았는데 입력이 끝났습니다 (괄호나 ;를 빠뜨렸나요?)",
            "compiler.err.cant.apply.symbols | no suitable method found for max(int)\\n    method java.lang.Math.max(int,int) is not applicable | 오류: 이 인자들을 받는 max(int) 메서드가 없습니다",
            "compiler.err.unreported.exception.need.to.catch.or.throw | unreported exception java.lang.InterruptedException; must be caught or declared to be thrown | 오류: 처리하지 않은 예외 java.lang.InterruptedException: try/catch로 잡거나 throws로 선언해야 합니다",
            "compiler.err.some.rare.thing | something rare happened\\n  at this place | 오류: 자바 컴파일러(javac)의 영어 원문을 그대로 옮깁니다. JDK에는 한국어 javac가 없습니다: \"something rare happened / at this place\""})
    void korean(String code, String english, String expected) {
        Text.use(Lang.KO);
        assertEquals(expected, JavacWords.say(code, english.replace("\\n", "\n")));
    }

    @Test
    void englishIsJavacsOwn() {
        Text.use(Lang.EN);
        assertEquals("error: cannot find symbol\n  symbol:   method foo()\n  location: class",
                JavacWords.say("compiler.err.cant.resolve.location.args", "cannot find symbol\n  symbol:   method foo()\n  location: class"));
    }
}

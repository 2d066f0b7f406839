package mqttlab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@code bench --json} lines are read by bench/compare.sh and by people's scripts: their bytes are pinned here. */
class ResultJsonTest {

    @Test
    @DisplayName("a fan-in result is one JSON object, numbers as printf writes them, the note quoted and escaped")
    void messageResult() {
        MessageResult r = new MessageResult(Scenario.FANIN, 1, 4, 1, 64, 32, 2000, 2000, 1999, 1, 0, 2,
                1.23456, 1620.25, 85.04, 412.96, 1503.5, 37.5, -1, new mqttlab.text.Phrase("bench.note.failure", "stopped: \"slow\" C:\\lab\nnext"));
        assertEquals("{\"scenario\":\"fanin\",\"qos\":1,\"publishers\":4,\"subscribers\":1,\"size\":64,\"window\":32,"
                + "\"published\":2000,\"expected\":2000,\"delivered\":1999,\"lost\":1,\"duplicates\":0,\"reordered\":2,"
                + "\"seconds\":1.235,\"rate\":1620.3,\"p50_us\":85.0,\"p99_us\":413.0,\"max_us\":1503.5,"
                + "\"broker_cpu\":37.5,\"generator_cpu\":-1.0,\"note\":\"stopped: \\\"slow\\\" C:\\\\lab\\nnext\"}", r.json());
    }

    @Test
    @DisplayName("a conns result names what measured the memory, as a JSON string; Korean text stays as it is")
    void connsResult() {
        ConnsResult r = new ConnsResult(1000, 998, 997, 2, 0.5, 120.0, 900.0, 2.0, 1048576, 3145728, 2147, new mqttlab.text.Phrase("bench.memory.heap"), new mqttlab.text.Phrase("bench.note.failure", "연결 2개 실패"));
        assertEquals("{\"scenario\":\"conns\",\"requested\":1000,\"connected\":998,\"held\":997,\"failed\":2,"
                + "\"connect_seconds\":0.500,\"connect_p50_us\":120.0,\"connect_p99_us\":900.0,\"hold_seconds\":2.0,"
                + "\"memory_before\":1048576,\"memory_after\":3145728,\"bytes_per_connection\":2147,"
                + "\"memory_what\":\"heap after GC, in-process broker (includes the generator's client side)\","
                + "\"note\":\"연결 2개 실패\"}", r.json());
    }
}

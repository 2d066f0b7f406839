# Exercise 11, a solution: hysteresis per room with Paho (paho-mqtt 1.6.1).
# Run it against the lab's broker:  python3 controller.py 127.0.0.1 PORT
import sys

import paho.mqtt.client as mqtt

HOST = sys.argv[1] if len(sys.argv) > 1 else "localhost"
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 1883
ON_ABOVE = 25.0
OFF_BELOW = 23.0

running = {}   # room -> last command sent ("ON" or "OFF")


def on_connect(client, userdata, flags, rc):
    print("connected, rc =", rc, flush=True)
    client.subscribe("building/+/+/temperature")


def on_message(client, userdata, msg):
    room = msg.topic.split("/")[1]          # building/<room>/<sensor>/temperature
    celsius = float(msg.payload)
    if celsius > ON_ABOVE:
        want = "ON"
    elif celsius < OFF_BELOW:
        want = "OFF"
    else:
        want = running.get(room)
    if want is not None and want != running.get(room):
        running[room] = want
        client.publish("building/%s/ac/set" % room, want)


mqttc = mqtt.Client()
mqttc.on_connect = on_connect
mqttc.on_message = on_message
mqttc.connect(HOST, PORT, 60)
mqttc.loop_forever()

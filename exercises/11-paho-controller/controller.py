# Exercise 11: the building management application with Paho (paho-mqtt 1.6.1).
# Run it against the lab's broker:  python3 controller.py 127.0.0.1 PORT
import sys

import paho.mqtt.client as mqtt

HOST = sys.argv[1] if len(sys.argv) > 1 else "localhost"
PORT = int(sys.argv[2]) if len(sys.argv) > 2 else 1883


def on_connect(client, userdata, flags, rc):
    print("connected, rc =", rc)
    client.subscribe("building/+/+/temperature")


def on_message(client, userdata, msg):
    room = msg.topic.split("/")[1]          # building/<room>/<sensor>/temperature
    celsius = float(msg.payload)
    # TODO: decide whether this room's A/C should run, and when that changes publish
    #       "ON" or "OFF" on building/<room>/ac/set, e.g.
    #   client.publish("building/%s/ac/set" % room, "ON")


mqttc = mqtt.Client()
mqttc.on_connect = on_connect
mqttc.on_message = on_message
mqttc.connect(HOST, PORT, 60)
mqttc.loop_forever()

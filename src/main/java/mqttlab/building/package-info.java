/**
 * The simulated building of the lecture's example: rooms with temperature sensors and A/C units,
 * and the management application that decides when to cool.
 *
 * <p>Pure, no network (unit-testable, deterministic for a seed): {@link mqttlab.building.BuildingConfig}
 * (read by {@link mqttlab.building.BuildingConfigParser}), {@link mqttlab.building.BuildingModel},
 * {@link mqttlab.building.Physics}, {@link mqttlab.building.SimClock},
 * {@link mqttlab.building.ControllerLogic} with an {@link mqttlab.building.AcDecider}
 * ({@link mqttlab.building.HysteresisPolicy}), {@link mqttlab.building.ComfortMeter} /
 * {@link mqttlab.building.ComfortReport} and {@link mqttlab.building.SimulatedRun} for graders.
 *
 * <p>Live, over MQTT: {@link mqttlab.building.Building#start} connects a client per sensor
 * ({@code sensor-125-1}) and per A/C unit ({@code ac-125}) to a broker, runs the model on a clock
 * thread and publishes the readings; {@link mqttlab.building.Controller} ({@code building-controller})
 * is the built-in management application. {@link mqttlab.building.BuildingView} renders a
 * {@link mqttlab.building.BuildingSnapshot} as text for the shell.
 */
package mqttlab.building;

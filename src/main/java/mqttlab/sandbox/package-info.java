/**
 * Student code, kept away from the lab: a student's program or JShell snippet runs in a child JVM
 * with limits (heap, time, threads); an exit, a halt or a runaway loop ends that JVM only, and the
 * whole process tree is gone at the end. {@link mqttlab.sandbox.Outcome} says what happened.
 */
package mqttlab.sandbox;

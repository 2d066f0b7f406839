/**
 * The lab's own files on disk: where they live ({@link mqttlab.files.LabHome}) and how one is replaced
 * without ever being half written ({@link mqttlab.files.AtomicFile}). Imports nothing from the lab, so
 * every package, {@code broker} included, may use it.
 */
package mqttlab.files;
